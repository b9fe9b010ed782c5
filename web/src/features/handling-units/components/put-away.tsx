import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ResolvedScan, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useLookupHandlingUnit } from '../api/get-handling-unit';
import { useMoveHandlingUnit } from '../api/move-handling-unit';
import type { HandlingUnit } from '../api/types';
import { HandlingUnitCard } from './handling-unit-card';

type Step = { name: 'unit' } | { name: 'destination'; unit: HandlingUnit } | { name: 'confirm'; unit: HandlingUnit; to: string };

/** Put away or transfer a whole unit: scan it, scan the destination bin, confirm. */
export function PutAway() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const lookup = useLookupHandlingUnit();
  const move = useMoveHandlingUnit();
  const problem = useProblem(move.error);
  const { commandIdFor, settle } = useCommandId();
  const [step, setStep] = useState<Step>({ name: 'unit' });
  const [done, setDone] = useState<{ lpn: string; from: string; to: string } | null>(null);

  const onScan = async (scanned: ResolvedScan) => {
    if (scanned.kind === 'hu') {
      const unit = await lookup(scanned.lpn);
      move.reset();
      setDone(null);
      setStep({ name: 'destination', unit });
      return t('hu.scan.unitFound', { lpn: unit.lpn });
    }
    if (step.name === 'unit') throw new Error(t('hu.putAway.unitFirst'));
    if (scanned.kind !== 'bin') return undefined;
    if (scanned.code === step.unit.location) throw new Error(t('hu.putAway.alreadyThere', { bin: scanned.code }));
    move.reset();
    setStep({ name: 'confirm', unit: step.unit, to: scanned.code });
    return t('hu.scan.binFound', { bin: scanned.code });
  };

  const confirm = () => {
    if (step.name !== 'confirm') return;
    const lpn = step.unit.lpn ?? '';
    const body = { lpn, toLocation: step.to };
    move.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          scan.current?.focus();
        },
        onSuccess: (result) => {
          const moved = result.units?.find((unit) => unit.lpn === lpn);
          setDone({ lpn, from: step.unit.location ?? '', to: moved?.location ?? step.to });
          setStep({ name: 'unit' });
          scan.current?.signal('ok');
        },
        onError: () => scan.current?.signal('error'),
      },
    );
  };

  const restart = () => {
    move.reset();
    setStep({ name: 'unit' });
    scan.current?.focus();
  };

  const expectsUnit = step.name === 'unit';
  return (
    <div className="task">
      <ProblemAlert problem={problem} />
      {done ? (
        <Alert tone="success">
          <span className="task__success">{t('hu.putAway.moved', { lpn: done.lpn, from: done.from, to: done.to })}</span>
        </Alert>
      ) : null}
      <ScanField
        ref={scan}
        label={expectsUnit ? t('hu.scan.unit') : t('hu.scan.destination')}
        hint={expectsUnit ? undefined : t('hu.putAway.destinationHint')}
        accept={expectsUnit ? ['hu'] : ['hu', 'bin']}
        onScan={onScan}
      />
      {step.name !== 'unit' ? <HandlingUnitCard unit={step.unit} /> : null}
      {step.name === 'confirm' ? (
        <div className="task__confirm">
          <p className="task__route">
            <code>{step.unit.location}</code> → <code data-testid="put-away-destination">{step.to}</code>
          </p>
          <div className="form__actions">
            <Button variant="primary" className="button--large" onClick={confirm} disabled={move.isPending}>
              {move.isPending ? t('common.saving') : t('hu.putAway.confirm', { bin: step.to })}
            </Button>
            <Button onClick={restart} disabled={move.isPending}>
              {t('hu.startOver')}
            </Button>
          </div>
        </div>
      ) : step.name === 'destination' ? (
        <div className="form__actions">
          <Button onClick={restart}>{t('hu.startOver')}</Button>
        </div>
      ) : null}
    </div>
  );
}
