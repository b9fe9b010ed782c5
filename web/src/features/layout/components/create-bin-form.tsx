import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useCreateBin } from '../api/create-bin';
import { useWarehouses } from '../api/get-warehouses';
import { toNumber } from './numbers';

const NUMBER_FIELDS = ['level', 'x', 'y', 'z', 'width', 'depth', 'height', 'capacityHandlingUnits'] as const;
const FIELDS = ['warehouse', 'code', 'aisle', 'rack', ...NUMBER_FIELDS] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const emptyValues = (warehouse: string): Values => ({
  warehouse,
  code: '',
  aisle: '',
  rack: '',
  level: '',
  x: '0',
  y: '0',
  z: '0',
  width: '',
  depth: '',
  height: '',
  capacityHandlingUnits: '1',
});

/** Adds one bin with its place in the structure, 3D position and size (metres) and capacity. */
export function CreateBinForm({ warehouse }: { warehouse: string }) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const create = useCreateBin();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState<Values>(() => emptyValues(warehouse));
  const [created, setCreated] = useState<string | null>(null);

  const options = (warehouses.data ?? []).map((candidate) => ({
    value: candidate.code ?? '',
    label: `${candidate.code ?? ''} — ${candidate.name ?? ''}`,
  }));
  // A warehouse the list does not have (an old link) is no choice at all.
  const chosenWarehouse = options.some((option) => option.value === values.warehouse) ? values.warehouse : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const body = {
      warehouse: chosenWarehouse,
      code: values.code.trim().toUpperCase(),
      aisle: values.aisle.trim().toUpperCase(),
      rack: values.rack.trim().toUpperCase(),
      level: toNumber(values.level),
      x: toNumber(values.x),
      y: toNumber(values.y),
      z: toNumber(values.z),
      width: toNumber(values.width),
      depth: toNumber(values.depth),
      height: toNumber(values.height),
      capacityHandlingUnits: toNumber(values.capacityHandlingUnits),
    };
    create.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (bin) => {
          setCreated(bin.code ?? body.code);
          setValues(emptyValues(chosenWarehouse));
        },
      },
    );
  };

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const codeProps = { autoCapitalize: 'characters', autoComplete: 'off', spellCheck: false } as const;
  const text = (field: Field, label: string, props: Record<string, unknown> = codeProps) => (
    <TextField label={label} name={field} {...props} value={values[field]} onChange={set(field)} errors={problem.fieldErrors(field)} />
  );
  const number = (field: Field, label: string) =>
    text(field, label, { inputMode: field === 'level' || field === 'capacityHandlingUnits' ? 'numeric' : 'decimal', autoComplete: 'off' });

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('layout.newBin')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {created ? <Alert tone="success">{t('layout.binCreated', { code: created })}</Alert> : null}
      <SelectField
        label={t('layout.warehouse')}
        name="warehouse"
        options={[{ value: '', label: t('layout.chooseWarehouse') }, ...options]}
        value={chosenWarehouse}
        onChange={set('warehouse')}
        errors={problem.fieldErrors('warehouse')}
      />
      {text('code', t('layout.code'))}
      <div className="form__grid">
        {text('aisle', t('layout.aisle'))}
        {text('rack', t('layout.rack'))}
        {number('level', t('layout.level'))}
      </div>
      <fieldset className="fieldset">
        <legend>{t('layout.positionLegend')}</legend>
        <div className="form__grid">
          {number('x', 'X')}
          {number('y', 'Y')}
          {number('z', 'Z')}
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('layout.sizeLegend')}</legend>
        <div className="form__grid">
          {number('width', t('layout.width'))}
          {number('depth', t('layout.depth'))}
          {number('height', t('layout.height'))}
        </div>
      </fieldset>
      {number('capacityHandlingUnits', t('layout.capacity'))}
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('layout.createBin')}
      </Button>
    </form>
  );
}
