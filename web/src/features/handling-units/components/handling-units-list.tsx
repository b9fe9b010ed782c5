import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp, useQuantityFormat } from '@/lib/format';
import { useHandlingUnits, type HandlingUnitQuery } from '../api/get-handling-units';
import { HANDLING_UNIT_STATUSES } from '../api/types';
import { ExpiryDate } from './expiry-date';
import { StatusBadge, useTypeName } from './handling-unit-card';

const PAGE_SIZE = 25;
const EMPTY = { location: '', sku: '', status: '' };

interface HandlingUnitsListProps {
  /** The address of one unit's detail page. */
  detailHref: (lpn: string) => string;
}

/** The manager's view: handling units in a bin (typed or scanned), or holding an item, by status. */
export function HandlingUnitsList({ detailHref }: HandlingUnitsListProps) {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const typeName = useTypeName();
  const [values, setValues] = useState(EMPTY);
  const [query, setQuery] = useState<HandlingUnitQuery>({ ...EMPTY, page: 1, pageSize: PAGE_SIZE });
  const units = useHandlingUnits(query);
  const problem = useProblem(units.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({
      location: values.location.trim().toUpperCase(),
      sku: values.sku.trim().toUpperCase(),
      status: values.status,
      page: 1,
      pageSize: PAGE_SIZE,
    });
  };

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const code = { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false } as const;
  const items = units.data?.items ?? [];
  const searched = query.location.length > 0 || query.sku.length > 0;

  return (
    <div className="stack">
      <form className="filter-form" onSubmit={submit} noValidate aria-label={t('hu.list.filters')}>
        <TextField label={t('hu.list.bin')} name="location" {...code} value={values.location} onChange={set('location')} hint={t('hu.list.binHint')} />
        <TextField label={t('hu.list.item')} name="sku" {...code} value={values.sku} onChange={set('sku')} />
        <SelectField
          label={t('hu.list.status')}
          name="status"
          options={[
            { value: '', label: t('hu.list.activeStatuses') },
            ...HANDLING_UNIT_STATUSES.map((status) => ({ value: status, label: t(`hu.statuses.${status}`) })),
          ]}
          value={values.status}
          onChange={set('status')}
        />
        <div className="filter-form__actions">
          <Button type="submit" variant="primary">
            {t('hu.list.show')}
          </Button>
        </div>
      </form>
      <ProblemAlert problem={problem} />
      {!searched ? <p className="muted">{t('hu.list.prompt')}</p> : null}
      {searched && units.isPending ? <Spinner /> : null}
      {searched && units.data ? (
        <>
          <p>{t('hu.list.count', { count: units.data.total ?? 0 })}</p>
          {items.length === 0 ? (
            <p className="muted">{t('hu.list.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table" aria-label={t('hu.list.table')}>
                <thead>
                  <tr>
                    <th scope="col">{t('hu.card.lpn')}</th>
                    <th scope="col">{t('hu.card.type')}</th>
                    <th scope="col">{t('hu.card.status')}</th>
                    <th scope="col">{t('hu.card.bin')}</th>
                    <th scope="col">{t('hu.card.contents')}</th>
                    <th scope="col">{t('hu.card.expiresOn')}</th>
                    <th scope="col">{t('hu.list.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((unit) => (
                    <tr key={unit.id}>
                      <td>
                        <Link to={detailHref(unit.lpn ?? '')}>
                          <code>{unit.lpn}</code>
                        </Link>
                      </td>
                      <td>{typeName(unit.type)}</td>
                      <td>
                        <StatusBadge status={unit.status} />
                      </td>
                      <td>
                        <code>{unit.location}</code>
                      </td>
                      <td>
                        {(unit.lines ?? []).length === 0
                          ? t('hu.card.empty')
                          : (unit.lines ?? []).map((line) => `${line.sku ?? ''} × ${formatQuantity(line.quantity)}`).join(', ')}
                      </td>
                      <td className="nowrap">
                        <ExpiryDate value={unit.expiresOn} />
                      </td>
                      <td className="nowrap">{formatLocalStamp(unit.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            page={query.page}
            total={units.data.total ?? 0}
            pageSize={query.pageSize}
            onPage={(page) => setQuery((current) => ({ ...current, page }))}
          />
        </>
      ) : null}
    </div>
  );
}
