import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox, TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp, isoToLocalInput, localInputToIso, useDateFormat, useQuantityFormat } from '@/lib/format';
import { useBalances } from '../api/get-balances';
import { balanceKeys } from '../api/keys';

const PAGE_SIZE = 50;

export type StockViewBy = 'location' | 'item';

interface Filters {
  location: string;
  sku: string;
  includeVirtual: boolean;
  asOf: string;
}

function readFilters(params: URLSearchParams): Filters {
  return {
    location: params.get('location') ?? '',
    sku: params.get('sku') ?? '',
    includeVirtual: params.get('virtual') === '1',
    asOf: params.get('asOf') ?? '',
  };
}

/**
 * Balances by location or by item, now or as they were at an instant. The
 * filters live in the URL, so a view can be bookmarked or shared.
 */
export function StockView({ by }: { by: StockViewBy }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const formatQuantity = useQuantityFormat();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState({
    location: filters.location,
    sku: filters.sku,
    includeVirtual: filters.includeVirtual,
    asOf: isoToLocalInput(filters.asOf),
  });
  const balances = useBalances({ ...filters, page, pageSize: PAGE_SIZE });
  const problem = useProblem(balances.error);

  const queryClient = useQueryClient();

  const go = (next: Filters, nextPage: number) => {
    // Asking again shows the stock as it is now, not as it was cached a moment ago.
    void queryClient.invalidateQueries({ queryKey: balanceKeys.all, refetchType: 'none' });
    const nextParams = new URLSearchParams();
    if (next.location) nextParams.set('location', next.location);
    if (next.sku) nextParams.set('sku', next.sku);
    if (next.includeVirtual) nextParams.set('virtual', '1');
    if (next.asOf) nextParams.set('asOf', next.asOf);
    if (nextPage > 1) nextParams.set('page', String(nextPage));
    if (nextParams.toString() === params.toString()) void balances.refetch();
    else setParams(nextParams);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(
      {
        location: draft.location.trim().toUpperCase(),
        sku: draft.sku.trim().toUpperCase(),
        includeVirtual: draft.includeVirtual,
        asOf: localInputToIso(draft.asOf) ?? '',
      },
      1,
    );
  };

  const backToNow = () => {
    setDraft((current) => ({ ...current, asOf: '' }));
    go({ ...filters, asOf: '' }, 1);
  };

  const locationField = (
    <TextField
      key="location"
      label={t('stock.location')}
      name="location"
      autoCapitalize="characters"
      autoComplete="off"
      spellCheck={false}
      value={draft.location}
      onChange={(event) => setDraft((current) => ({ ...current, location: event.target.value }))}
    />
  );
  const itemField = (
    <TextField
      key="sku"
      label={t('stock.item')}
      name="sku"
      autoCapitalize="characters"
      autoComplete="off"
      spellCheck={false}
      value={draft.sku}
      onChange={(event) => setDraft((current) => ({ ...current, sku: event.target.value }))}
    />
  );

  const items = balances.data?.items ?? [];
  const total = balances.data?.total ?? 0;
  const label = by === 'location' ? t('stock.byLocation') : t('stock.byItem');

  return (
    <div className="stack">
      <form className="filter-form" role="search" aria-label={t('stock.filters')} onSubmit={submit}>
        {by === 'location' ? [locationField, itemField] : [itemField, locationField]}
        <TextField
          label={t('stock.asOf')}
          name="asOf"
          type="datetime-local"
          step={60}
          value={draft.asOf}
          onChange={(event) => setDraft((current) => ({ ...current, asOf: event.target.value }))}
          hint={t('stock.asOfHint')}
        />
        <Checkbox
          label={t('stock.includeVirtual')}
          checked={draft.includeVirtual}
          onChange={(event) => setDraft((current) => ({ ...current, includeVirtual: event.target.checked }))}
        />
        <div className="filter-form__actions">
          <Button type="submit" variant="primary">
            {t('stock.show')}
          </Button>
        </div>
      </form>
      {filters.asOf ? (
        <div className="as-of" data-testid="as-of-banner">
          <Alert tone="info">{t('stock.asOfBanner', { when: formatLocalStamp(filters.asOf) })}</Alert>
          <Button onClick={backToNow}>{t('stock.now')}</Button>
        </div>
      ) : null}
      <ProblemAlert problem={problem} />
      {balances.isPending ? <Spinner /> : null}
      {balances.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('stock.total', { count: total })}
          </p>
          {items.length === 0 ? (
            <p>{t('stock.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={label}>
                <thead>
                  <tr>
                    {by === 'location' ? (
                      <>
                        <th scope="col">{t('stock.location')}</th>
                        <th scope="col">{t('stock.item')}</th>
                      </>
                    ) : (
                      <>
                        <th scope="col">{t('stock.item')}</th>
                        <th scope="col">{t('stock.location')}</th>
                      </>
                    )}
                    <th scope="col" className="num">
                      {t('stock.quantity')}
                    </th>
                    <th scope="col">{t('stock.updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((balance) => {
                    const location = (
                      <td key="location">
                        <code>{balance.location}</code>
                        {balance.physical ? null : <span className="badge badge--off">{t('stock.virtual')}</span>}
                      </td>
                    );
                    const item = (
                      <td key="sku">
                        <code>{balance.sku}</code>
                      </td>
                    );
                    return (
                      <tr key={`${balance.location ?? ''}|${balance.sku ?? ''}`}>
                        {by === 'location' ? [location, item] : [item, location]}
                        <td className="num">{formatQuantity(balance.quantity)}</td>
                        <td className="nowrap">{formatDate(balance.updatedAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={page}
            total={total}
            pageSize={balances.data.pageSize ?? PAGE_SIZE}
            onPage={(next) => go(filters, next)}
          />
        </>
      ) : null}
    </div>
  );
}
