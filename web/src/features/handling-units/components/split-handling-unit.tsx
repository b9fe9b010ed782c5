import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ScanFieldHandle } from '@/components/ui/scan-field';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity, useQuantityFormat } from '@/lib/format';
import { useLookupHandlingUnit } from '../api/get-handling-unit';
import { useSplitHandlingUnit } from '../api/split-handling-unit';
import { HANDLING_UNIT_TYPES, type HandlingUnit } from '../api/types';
import { HandlingUnitCard, useTypeName } from './handling-unit-card';

/** Split: scan a unit, say how much of each line goes into a new unit of a chosen type, confirm. */
export function SplitHandlingUnit() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const lookup = useLookupHandlingUnit();
  const split = useSplitHandlingUnit();
  const problem = useProblem(split.error);
  const { commandIdFor, settle } = useCommandId();
  const formatQuantity = useQuantityFormat();
  const typeName = useTypeName();
  const [unit, setUnit] = useState<HandlingUnit | null>(null);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [type, setType] = useState('');
  const [created, setCreated] = useState<{ source: string; lpn: string } | null>(null);

  const confirm = () => {
    if (!unit) return;
    const lines = (unit.lines ?? [])
      .map((line) => ({ sku: line.sku ?? '', quantity: parseQuantity(quantities[line.sku ?? ''] ?? '') }))
      .filter((line) => Number.isFinite(line.quantity) && line.quantity !== 0);
    const body = { lpn: unit.lpn ?? '', type, lines };
    split.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          scan.current?.focus();
        },
        onSuccess: (result) => {
          const fresh = result.units?.find((candidate) => candidate.lpn !== unit.lpn);
          setCreated({ source: unit.lpn ?? '', lpn: fresh?.lpn ?? '' });
          setUnit(null);
          scan.current?.signal('ok');
        },
        onError: () => scan.current?.signal('error'),
      },
    );
  };

  return (
    <div className="task">
      <ProblemAlert problem={problem} fields={['lines', 'type']} />
      {created ? (
        <Alert tone="success">
          <span className="task__success">{t('hu.split.created', { lpn: created.lpn, source: created.source })}</span>
        </Alert>
      ) : null}
      <ScanField
        ref={scan}
        label={t('hu.scan.unit')}
        accept={['hu']}
        onScan={async (scanned) => {
          if (scanned.kind !== 'hu') return undefined;
          const found = await lookup(scanned.lpn);
          split.reset();
          setCreated(null);
          setUnit(found);
          setQuantities({});
          setType(found.type ?? 'BOX');
          return t('hu.scan.unitFound', { lpn: found.lpn });
        }}
      />
      {unit ? (
        <>
          <HandlingUnitCard unit={unit} />
          <fieldset className="fieldset">
            <legend>{t('hu.split.quantities')}</legend>
            {(unit.lines ?? []).map((line) => {
              const sku = line.sku ?? '';
              return (
                <TextField
                  key={sku}
                  label={t('hu.split.lineQuantity', { sku, quantity: formatQuantity(line.quantity) })}
                  name={`quantity-${sku}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={quantities[sku] ?? ''}
                  onChange={(event) => setQuantities((current) => ({ ...current, [sku]: event.target.value }))}
                />
              );
            })}
          </fieldset>
          <SelectField
            label={t('hu.split.type')}
            name="type"
            options={HANDLING_UNIT_TYPES.map((value) => ({ value, label: typeName(value) }))}
            value={type}
            onChange={(event) => setType(event.target.value)}
            errors={problem.fieldErrors('type')}
          />
          <div className="form__actions">
            <Button variant="primary" className="button--large" onClick={confirm} disabled={split.isPending}>
              {split.isPending ? t('common.saving') : t('hu.split.confirm')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
