import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useRecordMovement } from '../api/record-movement';
import { MOVEMENT_TYPES } from './movement-types';

const FIELDS = ['sku', 'quantity', 'fromLocation', 'toLocation', 'movementType', 'reason'] as const;
const EMPTY = { sku: '', quantity: '', fromLocation: '', toLocation: '', movementType: 'TRANSFER', reason: '' };

interface Moved {
  quantity: number;
  sku: string;
  from: string;
  to: string;
}

/** Records one movement of an item between two locations (bins or virtual ones such as SUPPLIER). */
export function MoveStockForm() {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const record = useRecordMovement();
  const problem = useProblem(record.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState(EMPTY);
  const [moved, setMoved] = useState<Moved | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMoved(null);
    const quantity = parseQuantity(values.quantity);
    // Validation is the server's; an empty or unreadable quantity goes as 0 so that it answers next to the field.
    const body = {
      sku: values.sku.trim().toUpperCase(),
      quantity: Number.isFinite(quantity) ? quantity : 0,
      fromLocation: values.fromLocation.trim().toUpperCase(),
      toLocation: values.toLocation.trim().toUpperCase(),
      movementType: values.movementType,
      reason: values.reason.trim() || null,
    };
    record.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (movement) => {
          setMoved({
            quantity: movement.quantity ?? body.quantity,
            sku: movement.sku ?? body.sku,
            from: movement.fromLocation ?? body.fromLocation,
            to: movement.toLocation ?? body.toLocation,
          });
          setValues(EMPTY);
        },
      },
    );
  };

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const code = { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false } as const;

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('moveStock.title')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {moved ? (
        <Alert tone="success">
          {t('moveStock.moved', { quantity: formatQuantity(moved.quantity), sku: moved.sku, from: moved.from, to: moved.to })}
        </Alert>
      ) : null}
      <TextField label={t('moveStock.item')} name="sku" {...code} value={values.sku} onChange={set('sku')} errors={problem.fieldErrors('sku')} />
      <TextField
        label={t('moveStock.quantity')}
        name="quantity"
        inputMode="decimal"
        autoComplete="off"
        value={values.quantity}
        onChange={set('quantity')}
        errors={problem.fieldErrors('quantity')}
      />
      <TextField
        label={t('moveStock.from')}
        name="fromLocation"
        {...code}
        value={values.fromLocation}
        onChange={set('fromLocation')}
        errors={problem.fieldErrors('fromLocation')}
        hint={t('moveStock.virtualHint')}
      />
      <TextField
        label={t('moveStock.to')}
        name="toLocation"
        {...code}
        value={values.toLocation}
        onChange={set('toLocation')}
        errors={problem.fieldErrors('toLocation')}
      />
      <SelectField
        label={t('moveStock.type')}
        name="movementType"
        options={MOVEMENT_TYPES.map((type) => ({ value: type, label: translateDynamic(t, `movements.types.${type}`, type) }))}
        value={values.movementType}
        onChange={set('movementType')}
        errors={problem.fieldErrors('movementType')}
      />
      <TextField
        label={t('moveStock.reason')}
        name="reason"
        value={values.reason}
        onChange={set('reason')}
        errors={problem.fieldErrors('reason')}
      />
      <Button type="submit" variant="primary" disabled={record.isPending}>
        {record.isPending ? t('common.saving') : t('moveStock.submit')}
      </Button>
    </form>
  );
}
