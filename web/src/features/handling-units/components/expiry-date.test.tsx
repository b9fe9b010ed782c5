import { act, screen, within } from '@testing-library/react';
import { i18n } from '@/lib/i18n';
import { todayLocalDate } from '@/lib/format';
import { db, demoUsers, testSscc, testUnits } from '@/testing/data';
import { renderWithProviders } from '@/testing/test-utils';
import { expiryState } from './expiry-date';
import { HandlingUnitDetail } from './handling-unit-detail';
import { HandlingUnitsList } from './handling-units-list';

/** The local calendar date `days` from today (negative: in the past). */
function inDays(days: number): string {
  const now = new Date();
  return todayLocalDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

function setExpiry(lpn: string, expiresOn: string | null) {
  const unit = db.handlingUnits.find((candidate) => candidate.lpn === lpn);
  if (!unit) throw new Error(`No test unit ${lpn}`);
  unit.expiresOn = expiresOn;
}

describe('expiryState', () => {
  it('is expired from the day after the date, soon up to 30 days ahead, ok after that', () => {
    expect(expiryState('2026-03-01', '2026-03-02')).toBe('expired');
    expect(expiryState('2026-03-01', '2026-03-01')).toBe('soon');
    expect(expiryState('2026-03-31', '2026-03-01')).toBe('soon');
    expect(expiryState('2026-04-01', '2026-03-01')).toBe('ok');
    expect(expiryState('2027-01-01', '2026-12-31')).toBe('soon');
  });
});

describe('ExpiryDate on handling units', () => {
  beforeEach(() => {
    db.currentUser = demoUsers.manager;
  });

  it('the details page shows the formatted expiry date and says when it has expired, in Lithuanian too', async () => {
    setExpiry(testUnits.sealed, '2020-03-05');
    renderWithProviders(<HandlingUnitDetail lpn={testUnits.sealed} onOpen={() => undefined} />);
    const card = await screen.findByTestId('hu-card');
    const expiry = within(card).getByTestId('hu-expiry');
    expect(within(card).getByText('Expiry date')).toBeInTheDocument();
    expect(expiry).toHaveTextContent('5 Mar 2020');
    expect(expiry).toHaveTextContent('Expired');
    expect(expiry).toHaveAttribute('data-state', 'expired');
    expect(within(expiry).getByText('5 Mar 2020')).toHaveAttribute('dateTime', '2020-03-05');

    await act(() => i18n.changeLanguage('lt'));
    expect(within(card).getByText('Galioja iki')).toBeInTheDocument();
    expect(within(card).getByTestId('hu-expiry')).toHaveTextContent('Nebegalioja');
  });

  it('a unit without an expiry date shows no expiry row', async () => {
    renderWithProviders(<HandlingUnitDetail lpn={testUnits.open} onOpen={() => undefined} />);
    const card = await screen.findByTestId('hu-card');
    expect(within(card).queryByText('Expiry date')).not.toBeInTheDocument();
    expect(within(card).queryByTestId('hu-expiry')).not.toBeInTheDocument();
  });

  it('the list by bin flags expired and soon-expiring units in words, not only in colour', async () => {
    setExpiry(testUnits.open, inDays(-1));
    setExpiry(testUnits.sealed, inDays(30));
    db.handlingUnits.push({
      ...structuredClone(db.handlingUnits[1]!),
      id: '40000000-0000-4000-8000-000000000009',
      lpn: testSscc(9),
      expiresOn: inDays(31),
    });
    const { user } = renderWithProviders(<HandlingUnitsList detailHref={(lpn) => `/hu/units/${lpn}`} />);
    await user.type(screen.getByLabelText('Bin'), 'MAIN-A01-R01-L1-B1{Enter}');
    const table = await screen.findByRole('table', { name: 'Handling units' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toContain('Expiry date');
    const expiries = within(table).getAllByTestId('hu-expiry');
    expect(expiries.map((expiry) => expiry.getAttribute('data-state'))).toEqual(['expired', 'soon', 'ok']);
    expect(expiries[0]).toHaveTextContent('Expired');
    expect(expiries[1]).toHaveTextContent('Expires within 30 days');
    expect(expiries[2]).not.toHaveTextContent('Expire');
  });
});
