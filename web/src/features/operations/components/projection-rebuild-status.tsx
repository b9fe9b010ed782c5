import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { isFinished, useProjectionRebuild } from '../api/get-projection-rebuild';

/** Follows one rebuild every second until it is equal, differed (with samples) or failed. */
export function ProjectionRebuildStatus({ id, name }: { id: number; name: string }) {
  const { t } = useTranslation();
  const rebuild = useProjectionRebuild(id);
  const problem = useProblem(rebuild.error);
  const data = rebuild.data;
  const state = data?.state ?? 'queued';
  const stateLabel = translateDynamic(t, `operations.states.${state}`, state);

  return (
    <div className="stack rebuild-status" data-testid={`rebuild-${name}`} data-state={state}>
      <ProblemAlert problem={problem} />
      {!isFinished(data) ? <Spinner label={t('operations.rebuilding', { name, state: stateLabel })} /> : null}
      {state === 'equal' ? (
        <Alert tone="success">{t('operations.rebuildEqual', { name, count: data?.rowsRebuilt ?? 0 })}</Alert>
      ) : null}
      {state === 'differed' ? (
        <Alert tone="error" details={data?.differenceSamples ?? []}>
          {t('operations.rebuildDiffered', { name, count: data?.differences ?? 0 })}
        </Alert>
      ) : null}
      {state === 'failed' ? (
        <Alert tone="error">{t('operations.rebuildFailed', { name, error: data?.error ?? t('errors.unexpected') })}</Alert>
      ) : null}
    </div>
  );
}
