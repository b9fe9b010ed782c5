import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { isoToLocalInput, localInputToIso, useDateFormat, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useMovements } from '../api/get-movements';
import { movementKeys } from '../api/keys';
import { MOVEMENT_TYPES } from './movement-types';

const PAGE_SIZE = 50;
const FILTERS = ['sku', 'location', 'operator', 'movementType', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
}

/** The movement ledger's audit trail with its filters in the URL; the server lists newest first. */
export function MovementHistory() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const formatQuantity = useQuantityFormat();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [draft, setDraft] = useState<Filters>({ ...filters, from: isoToLocalInput(filters.from), to: isoToLocalInput(filters.to) });
  const movements = useMovements({ ...filters, page, pageSize: PAGE_SIZE });
  const problem = useProblem(movements.error);

  const queryClient = useQueryClient();

  const go = (next: Filters, nextPage: number) => {
    // Asking again shows the latest movements, not those cached a moment ago.
    void queryClient.invalidateQueries({ queryKey: movementKeys.all, refetchType: 'none' });
    const nextParams = new URLSearchParams();
    for (const name of FILTERS) if (next[name]) nextParams.set(name, next[name]);
    if (nextPage > 1) nextParams.set('page', String(nextPage));
    if (nextParams.toString() === params.toString()) void movements.refetch();
    else setParams(nextParams);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(
      {
        sku: draft.sku.trim().toUpperCase(),
        location: draft.location.trim().toUpperCase(),
        operator: draft.operator.trim(),
        movementType: draft.movementType,
        from: localInputToIso(draft.from) ?? '',
        to: localInputToIso(draft.to) ?? '',
      },
      1,
    );
  };

  const clear = () => {
    setDraft({ sku: '', location: '', operator: '', movementType: '', from: '', to: '' });
    go({ sku: '', location: '', operator: '', movementType: '', from: '', to: '' }, 1);
  };

  const set = (name: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [name]: event.target.value }));

  const typeLabel = (type: string | null | undefined) => (type ? translateDynamic(t, `movements.types.${type}`, type) : '');
  const items = movements.data?.items ?? [];
  const total = movements.data?.total ?? 0;

  return (
    <div className="stack">
      <form className="filter-form" role="search" aria-label={t('movements.filters')} onSubmit={submit}>
        <TextField
          label={t('movements.item')}
          name="sku"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={draft.sku}
          onChange={set('sku')}
        />
        <TextField
          label={t('movements.location')}
          name="location"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={draft.location}
          onChange={set('location')}
        />
        <TextField
          label={t('movements.operator')}
          name="operator"
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={draft.operator}
          onChange={set('operator')}
        />
        <SelectField
          label={t('movements.type')}
          name="movementType"
          options={[
            { value: '', label: t('movements.allTypes') },
            ...MOVEMENT_TYPES.map((type) => ({ value: type, label: typeLabel(type) })),
          ]}
          value={draft.movementType}
          onChange={set('movementType')}
        />
        <TextField label={t('movements.from')} name="from" type="datetime-local" value={draft.from} onChange={set('from')} />
        <TextField label={t('movements.to')} name="to" type="datetime-local" value={draft.to} onChange={set('to')} />
        <div className="filter-form__actions">
          <Button type="submit" variant="primary">
            {t('movements.filter')}
          </Button>
          <Button onClick={clear}>{t('movements.clear')}</Button>
        </div>
      </form>
      <ProblemAlert problem={problem} fields={FILTERS} />
      {movements.isPending ? <Spinner /> : null}
      {movements.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('movements.total', { count: total })}
          </p>
          {items.length === 0 ? (
            <p>{t('movements.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('movements.title')}>
                <thead>
                  <tr>
                    <th scope="col">{t('movements.time')}</th>
                    <th scope="col">{t('movements.item')}</th>
                    <th scope="col" className="num">
                      {t('movements.quantity')}
                    </th>
                    <th scope="col">{t('movements.fromTo')}</th>
                    <th scope="col">{t('movements.type')}</th>
                    <th scope="col">{t('movements.operator')}</th>
                    <th scope="col">{t('movements.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((movement) => (
                    <tr key={movement.movementId}>
                      <td className="nowrap">{formatDate(movement.occurredAt)}</td>
                      <td>
                        <code>{movement.sku}</code>
                      </td>
                      <td className="num">{formatQuantity(movement.quantity)}</td>
                      <td>
                        <code>{movement.fromLocation}</code> → <code>{movement.toLocation}</code>
                      </td>
                      <td>{typeLabel(movement.movementType)}</td>
                      <td>{movement.operator}</td>
                      <td>{movement.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} total={total} pageSize={movements.data.pageSize ?? PAGE_SIZE} onPage={(next) => go(filters, next)} />
        </>
      ) : null}
    </div>
  );
}
