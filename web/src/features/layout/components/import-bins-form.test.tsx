import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { db, demoUsers } from '@/testing/data';
import { server } from '@/testing/server';
import { renderWithProviders } from '@/testing/test-utils';
import { ImportBinsForm } from './import-bins-form';
import { csvTemplate } from './import-template';

const GOOD_CSV = [
  'code,aisle,rack,level,x,y,z,width,depth,height,capacity',
  'MAIN-A02-R01-L1-B1,A02,R01,1,0,10,0,1,0.8,0.5,1',
  'MAIN-A02-R01-L1-B2,A02,R01,1,1,10,0,1,0.8,0.5,1',
].join('\n');

describe('ImportBinsForm', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('imports a chosen CSV file with a command id and shows how many bins came in', async () => {
    const bodies: Record<string, unknown>[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/v1/locations/import')) {
        void request.clone().json().then((body) => bodies.push(body as Record<string, unknown>));
      }
    });
    const { user } = renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    const form = screen.getByRole('form', { name: 'Import bins' });
    await user.upload(within(form).getByLabelText('File (CSV or JSON)'), new File([GOOD_CSV], 'bins.csv', { type: 'text/csv' }));
    expect(await within(form).findByText('Read bins.csv.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Import' }));

    expect(await within(form).findByText('Bins imported into MAIN: 2.')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({ warehouse: 'MAIN', format: 'csv', content: GOOD_CSV });
    expect(bodies[0]?.commandId).toMatch(/^[0-9a-f-]{36}$/);
    expect(db.locations.some((location) => location.code === 'MAIN-A02-R01-L1-B2')).toBe(true);
    server.events.removeAllListeners();
  });

  it('imports pasted JSON with the format chosen', async () => {
    const { user } = renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    const json = JSON.stringify([
      { code: 'MAIN-A03-R01-L1-B1', aisle: 'A03', rack: 'R01', level: 1, x: 0, y: 20, z: 0, width: 1, depth: 0.8, height: 0.5, capacity: 2 },
    ]);
    fireEvent.change(screen.getByLabelText('Or paste the content'), { target: { value: json } });
    await user.selectOptions(screen.getByLabelText('Format'), 'json');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Bins imported into MAIN: 1.')).toBeInTheDocument();
  });

  it('shows the per-row error report of a rejected file, in row order', async () => {
    const { user } = renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    const csv = [
      'code,aisle,rack,level,x,y,z,width,depth,height,capacity',
      'MAIN-A01-R01-L1-B1,A01,R01,1,0,0,0,1,0.8,0.5,1',
      'MAIN-A09-R01-L1-B1,A09,R01,1,0,50,0,1,0.8,0.5,1',
      ',A09,R01,one,0,60,0,1,0.8,0.5,1',
    ].join('\n');
    fireEvent.change(screen.getByLabelText('Or paste the content'), { target: { value: csv } });
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The layout file has errors; nothing was imported');
    const report = screen.getByRole('table', { name: 'Rows with errors' });
    const rows = within(report)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'code MAIN-A01-R01-L1-B1 already exists'],
      ['4', 'code is requiredlevel must be a number'],
    ]);
    expect(within(report).getByText('level must be a number').tagName).toBe('LI');
    expect(db.locations.some((location) => location.code === 'MAIN-A09-R01-L1-B1')).toBe(false);
  });

  it('asks for content before sending anything', async () => {
    const { user } = renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a file or paste the content.');
  });

  it('offers a CSV template with the header the server expects', () => {
    renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    const link = screen.getByRole('link', { name: 'Download CSV template' });
    expect(link).toHaveAttribute('download', 'bins-MAIN.csv');
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('data:text/csv')).toBe(true);
    const content = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(content).toBe(csvTemplate('MAIN'));
    expect(content.split('\r\n')[0]).toBe('code,aisle,rack,level,x,y,z,width,depth,height,capacity');
  });

  it('is in Lithuanian too', async () => {
    const { i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('lt');
    renderWithProviders(<ImportBinsForm warehouse="MAIN" />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Importuoti' })).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Atsisiųsti CSV šabloną' })).toBeInTheDocument();
  });
});
