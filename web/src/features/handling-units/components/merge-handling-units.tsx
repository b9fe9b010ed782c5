import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useLookupHandlingUnit } from '../api/get-handling-unit';
import { useMergeHandlingUnits } from '../api/merge-handling-units';
import type { HandlingUnit } from '../api/types';
import { HandlingUnitCard, StatusBadge } from './handling-unit-card';

/** Merge: scan the target unit, then one or more source units, confirm; the sources' lines go into the target. */
export function MergeHandlingUnits() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const lookup = useLookupHandlingUnit();
  const merge = useMergeHandlingUnits();
  const problem = useProblem(merge.error);
  const { commandIdFor, settle } = useCommandId();
  const [target, setTarget] = useState<HandlingUnit | null>(null);
  const [sources, setSources] = useState<HandlingUnit[]>([]);
  const [merged, setMerged] = useState<{ target: string; count: number } | null>(null);

  const confirm = () => {
    if (!target || sources.length === 0) return;
    const body = { lpn: target.lpn ?? '', sourceLpns: sources.map((source) => source.lpn ?? '') };
    merge.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          scan.current?.focus();
        },
        onSuccess: () => {
          setMerged({ target: body.lpn, count: sources.length });
          setTarget(null);
          setSources([]);
          scan.current?.signal('ok');
        },
        onError: () => scan.current?.signal('error'),
      },
    );
  };

  const restart = () => {
    merge.reset();
    setTarget(null);
    setSources([]);
    scan.current?.focus();
  };

  return (
    <div className="task">
      <ProblemAlert problem={problem} fields={['sourceLpns']} />
      {merged ? (
        <Alert tone="success">
          <span className="task__success">{t('hu.merge.merged', { count: merged.count, target: merged.target })}</span>
        </Alert>
      ) : null}
      <ScanField
        ref={scan}
        label={target ? t('hu.merge.scanSource') : t('hu.merge.scanTarget')}
        accept={['hu']}
        onScan={async (scanned) => {
          if (scanned.kind !== 'hu') return undefined;
          if (target?.lpn === scanned.lpn) throw new Error(t('hu.merge.sameAsTarget'));
          if (sources.some((source) => source.lpn === scanned.lpn)) throw new Error(t('hu.merge.alreadyAdded', { lpn: scanned.lpn }));
          const found = await lookup(scanned.lpn);
          merge.reset();
          setMerged(null);
          if (!target) {
            setTarget(found);
            return t('hu.merge.targetChosen', { lpn: found.lpn });
          }
          setSources((current) => [...current, found]);
          return t('hu.merge.sourceAdded', { lpn: found.lpn });
        }}
      />
      {target ? (
        <>
          <HandlingUnitCard unit={target} title={t('hu.merge.target')} />
          <h2 className="card__title">{t('hu.merge.sources', { count: sources.length })}</h2>
          {sources.length === 0 ? (
            <p className="muted">{t('hu.merge.noSources')}</p>
          ) : (
            <ul className="hu-list" aria-label={t('hu.merge.sources', { count: sources.length })}>
              {sources.map((source) => (
                <li key={source.lpn} className="hu-list__item">
                  <code>{source.lpn}</code> <StatusBadge status={source.status} /> <code>{source.location}</code>
                  <span className="muted">
                    {(source.lines ?? []).map((line) => `${line.sku ?? ''} × ${String(line.quantity ?? 0)}`).join(', ')}
                  </span>
                  <Button
                    variant="ghost"
                    aria-label={t('hu.merge.removeSource', { lpn: source.lpn })}
                    onClick={() => {
                      setSources((current) => current.filter((other) => other.lpn !== source.lpn));
                      scan.current?.focus();
                    }}
                  >
                    ✕
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="form__actions">
            <Button variant="primary" className="button--large" onClick={confirm} disabled={merge.isPending || sources.length === 0}>
              {merge.isPending ? t('common.saving') : t('hu.merge.confirm', { count: sources.length })}
            </Button>
            <Button onClick={restart} disabled={merge.isPending}>
              {t('hu.startOver')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
