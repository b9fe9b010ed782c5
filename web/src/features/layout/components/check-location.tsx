import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useQuantityFormat } from '@/lib/format';
import { useLocation } from '../api/get-location';

/** Checks a typed or scanned location code: its details, or "Location not found". */
export function CheckLocation() {
  const { t } = useTranslation();
  const metres = useQuantityFormat();
  const [draft, setDraft] = useState('');
  const [code, setCode] = useState('');
  const location = useLocation(code);
  const problem = useProblem(location.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = draft.trim().toUpperCase();
    if (next === code) void location.refetch();
    setCode(next);
  };

  const data = location.data;
  const facts: [string, string][] = data
    ? [
        [t('layout.code'), data.code ?? ''],
        [t('layout.kind'), data.kind === 'VIRTUAL' ? t('layout.kindVirtual') : t('layout.kindBin')],
        [t('layout.warehouse'), data.warehouse ?? '—'],
        [t('layout.place'), [data.aisle, data.rack, data.level].filter((part) => part !== null && part !== undefined).join(' / ') || '—'],
        [t('layout.position'), [data.x, data.y, data.z].map(metres).join(', ')],
        [t('layout.size'), [data.width, data.depth, data.height].map(metres).join(' × ')],
        [t('layout.capacity'), data.capacityHandlingUnits === null || data.capacityHandlingUnits === undefined ? '—' : String(data.capacityHandlingUnits)],
        [t('layout.status'), data.retired ? t('layout.retired') : t('layout.inUse')],
      ]
    : [];

  return (
    <div className="stack">
      <form className="search-form" onSubmit={submit} aria-label={t('layout.checkLocation')}>
        <TextField
          label={t('layout.locationCode')}
          name="locationCode"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit">{t('layout.check')}</Button>
      </form>
      {code && location.isFetching ? <Spinner /> : null}
      {location.isError ? <ProblemAlert problem={problem} /> : null}
      {data && !location.isError ? (
        <dl className="facts" data-testid="location-details">
          {facts.map(([term, value]) => (
            <div key={term} className="facts__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
