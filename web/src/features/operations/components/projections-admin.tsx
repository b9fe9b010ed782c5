import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useDateFormat, useQuantityFormat } from '@/lib/format';
import { REFRESHING_LAG_SECONDS, useProjections } from '../api/get-projections';
import { useRebuildProjection } from '../api/rebuild-projection';
import { ProjectionRebuildStatus } from './projection-rebuild-status';

/** The read models behind the ledger with their lag, each with "Rebuild" (administrators). */
export function ProjectionsAdmin() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const formatNumber = useQuantityFormat();
  const projections = useProjections();
  const listProblem = useProblem(projections.error);
  const rebuild = useRebuildProjection();
  const rebuildProblem = useProblem(rebuild.error);
  const { commandIdFor, settle } = useCommandId();
  // The latest rebuild asked for each projection, by name.
  const [rebuilds, setRebuilds] = useState<Record<string, number>>({});

  const start = (name: string) => {
    rebuild.mutate(
      { name, commandId: commandIdFor({ rebuild: name }) },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (queued) => {
          if (queued.id !== undefined) {
            const id = queued.id;
            setRebuilds((current) => ({ ...current, [name]: id }));
          }
        },
      },
    );
  };

  const items = projections.data ?? [];

  return (
    <div className="stack">
      <ProblemAlert problem={listProblem} />
      <ProblemAlert problem={rebuildProblem} />
      {projections.isPending ? <Spinner /> : null}
      {projections.data && items.length === 0 ? <p>{t('operations.noProjections')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('operations.projections')}>
            <thead>
              <tr>
                <th scope="col">{t('operations.projection')}</th>
                <th scope="col" className="num">
                  {t('operations.processed')}
                </th>
                <th scope="col" className="num">
                  {t('operations.lag')}
                </th>
                <th scope="col">{t('operations.activeInstance')}</th>
                <th scope="col">{t('operations.updatedAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((projection) => {
                const name = projection.name ?? '';
                const lagging = (projection.lagSeconds ?? 0) > REFRESHING_LAG_SECONDS;
                const pending = rebuild.isPending && rebuild.variables.name === name;
                return (
                  <tr key={name} data-testid={`projection-${name}`}>
                    <td>
                      <code>{name}</code>
                    </td>
                    <td className="num">{formatNumber(projection.processed)}</td>
                    <td className={`num${lagging ? ' text-warning' : ''}`}>
                      {t('operations.lagValue', {
                        movements: formatNumber(projection.lagMovements),
                        seconds: formatNumber(Math.round((projection.lagSeconds ?? 0) * 10) / 10),
                      })}
                    </td>
                    <td>{projection.activeInstance ?? t('common.none')}</td>
                    <td className="nowrap">{formatDate(projection.updatedAt)}</td>
                    <td className="table__actions">
                      <Button
                        onClick={() => start(name)}
                        disabled={pending}
                        aria-label={t('operations.rebuildOf', { name })}
                      >
                        {pending ? t('operations.rebuildQueuing') : t('operations.rebuild')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {Object.entries(rebuilds).map(([name, id]) => (
        <ProjectionRebuildStatus key={`${name}-${String(id)}`} id={id} name={name} />
      ))}
    </div>
  );
}
