import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { i18n } from '@/lib/i18n';
import { resetBeeper } from '@/lib/scan/feedback';
import { db, demoUsers, testUnits } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { ScanField, type ResolvedScan } from './scan-field';

/** A Web Audio stand-in that remembers the frequencies it was asked to play. */
function installFakeAudio() {
  const played: number[] = [];
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    createOscillator() {
      const oscillator = {
        type: 'sine',
        frequency: { value: 0 },
        connect: () => undefined,
        start: () => played.push(oscillator.frequency.value),
        stop: () => undefined,
      };
      return oscillator;
    }
    createGain() {
      return { gain: { value: 1 }, connect: () => undefined };
    }
    resume() {
      return Promise.resolve();
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  resetBeeper();
  return played;
}

function renderScanField(accept: ('hu' | 'bin' | 'item')[] = ['hu', 'bin', 'item'], onScan = vi.fn((_scan: ResolvedScan) => undefined as string | undefined)) {
  const view = renderWithProviders(<ScanField label="Scan" accept={accept} onScan={onScan} />);
  return { ...view, onScan, input: screen.getByLabelText('Scan') };
}

describe('ScanField', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.operator;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    resetBeeper();
  });

  it('is focused on arrival, takes a wedge scan ended by Enter, and is empty and focused again afterwards', async () => {
    const { user, input, onScan } = renderScanField();
    expect(input).toHaveFocus();
    await user.keyboard(`${testUnits.open}{Enter}`);
    expect(await screen.findByRole('status')).toHaveTextContent(`handling unit ${testUnits.open}`);
    expect(onScan).toHaveBeenCalledWith({ kind: 'hu', text: testUnits.open, lpn: testUnits.open });
    expect(input).toHaveValue('');
    await vi.waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByTestId('scan-field')).toHaveClass('scan-field--ok');
  });

  it.each([
    [`(00)${testUnits.open}`, 'hu'],
    [`00${testUnits.open}`, 'hu'],
    ['main-a01-r01-l1-b2', 'bin'],
    ['SKU-007', 'item'],
  ])('recognises %s as a %s', async (text, kind) => {
    const { user, onScan } = renderScanField();
    await user.keyboard(`${text}{Enter}`);
    await screen.findByRole('status');
    expect(onScan).toHaveBeenCalledTimes(1);
    expect(onScan.mock.calls[0]?.[0]).toMatchObject({ kind });
    if (kind === 'bin') expect(onScan.mock.calls[0]?.[0]).toMatchObject({ code: 'MAIN-A01-R01-L1-B2' });
    if (kind === 'item') expect(onScan.mock.calls[0]?.[0]).toMatchObject({ code: 'SKU-007' });
  });

  it('asks the server about a bin before an item, and about nothing for a valid SSCC', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => asked.push(new URL(request.url).pathname));
    const { user } = renderScanField();
    await user.keyboard(`SKU-001{Enter}`);
    await screen.findByRole('status');
    expect(asked).toEqual(['/api/v1/locations/SKU-001', '/api/v1/skus/SKU-001']);
    asked.length = 0;
    await user.keyboard(`${testUnits.sealed}{Enter}`);
    await screen.findByText(`handling unit ${testUnits.sealed}`, { exact: false });
    expect(asked).toEqual([]);
    server.events.removeAllListeners();
  });

  it('says a code is unknown, with a red flash and a low beep', async () => {
    const played = installFakeAudio();
    const { user, onScan, input } = renderScanField();
    await user.keyboard('NOTHING-HERE{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not recognised: NOTHING-HERE');
    expect(onScan).not.toHaveBeenCalled();
    expect(screen.getByTestId('scan-field')).toHaveClass('scan-field--error');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(played).toEqual([220]);
    await user.keyboard('MAIN-A01-R01-L1-B1{Enter}');
    await screen.findByRole('status');
    expect(played).toEqual([220, 1760]);
  });

  it('says when an SSCC has a wrong check digit', async () => {
    const { user } = renderScanField();
    const misread = `${testUnits.open.slice(0, 17)}${String((Number(testUnits.open[17]) + 1) % 10)}`;
    await user.keyboard(`${misread}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('not a valid SSCC (wrong check digit)');
  });

  it('refuses a scan of a kind the step does not expect', async () => {
    const { user, onScan } = renderScanField(['bin']);
    await user.keyboard(`${testUnits.open}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Scan a bin, not a handling unit.');
    expect(onScan).not.toHaveBeenCalled();
  });

  it('shows what the screen refuses, translated by its problem code', async () => {
    server.use(http.get('*/api/v1/locations/:code', () => HttpResponse.error()));
    const onScan = vi.fn(() => {
      throw new Error('Scan the handling unit first.');
    });
    const { user } = renderScanField(['hu', 'bin'], onScan);
    await user.keyboard('MAIN-A01-R01-L1-B1{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    server.resetHandlers();
    await user.keyboard('MAIN-A01-R01-L1-B1{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Scan the handling unit first.');
  });

  it('sends typing done while a button has the focus to the scan field', async () => {
    const { user, input, onScan } = renderScanField();
    // Past the field's own focusing on arrival.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    await act(async () => {
      screen.getByRole('button', { name: 'OK' }).focus();
      await Promise.resolve();
    });
    expect(input).not.toHaveFocus();
    await user.keyboard('SKU-002{Enter}');
    await screen.findByRole('status');
    expect(onScan.mock.calls[0]?.[0]).toMatchObject({ kind: 'item', code: 'SKU-002' });
  });

  it('works in Lithuanian', async () => {
    const { user } = renderScanField(['bin']);
    await act(() => i18n.changeLanguage('lt'));
    await user.keyboard(`${testUnits.open}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Nuskenuokite: vieta, o ne krovinio vienetas.');
    await user.keyboard('SKU-001{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Nuskenuokite: vieta, o ne prekė.');
    await user.keyboard('NIEKO{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Neatpažinta: NIEKO');
  });

  it('offers the camera only where the browser can read barcodes', async () => {
    const first = renderScanField();
    expect(screen.queryByRole('button', { name: 'Camera' })).not.toBeInTheDocument();
    first.unmount();

    const stop = vi.fn();
    const stream = { getTracks: () => [{ stop }] };
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        detect() {
          return Promise.resolve([{ rawValue: 'MAIN-A01-R02-L1-B2' }]);
        }
      },
    );
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: vi.fn(() => Promise.resolve(stream)) } });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    try {
      const { user, onScan } = renderScanField();
      await user.click(screen.getByRole('button', { name: 'Camera' }));
      expect(await screen.findByRole('status')).toHaveTextContent('bin MAIN-A01-R02-L1-B2');
      expect(onScan.mock.calls[0]?.[0]).toMatchObject({ kind: 'bin', code: 'MAIN-A01-R02-L1-B2' });
      expect(stop).toHaveBeenCalled();
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });
});
