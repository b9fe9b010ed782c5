import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useCreateSku } from '../api/create-sku';

const FIELDS = ['code', 'name', 'unitOfMeasure'] as const;
// The units the catalogue accepts (LKvitai.Domain SkuRules.UnitsOfMeasure).
const UNITS = ['PCS', 'EA', 'KG', 'G', 'L', 'ML', 'M', 'M2', 'M3', 'BOX', 'PALLET', 'ROLL', 'SET'] as const;
const EMPTY = { code: '', name: '', unitOfMeasure: 'PCS' };

export function CreateItemForm() {
  const { t } = useTranslation();
  const create = useCreateSku();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    // Validation is the server's: its field errors are shown next to the fields.
    const body = { code: values.code.trim(), name: values.name.trim(), unitOfMeasure: values.unitOfMeasure.trim() };
    create.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (sku) => {
          setCreated(sku.code ?? body.code);
          setValues(EMPTY);
        },
      },
    );
  };

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('items.newItem')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {created ? <Alert tone="success">{t('items.created', { code: created })}</Alert> : null}
      <TextField
        label={t('items.code')}
        name="code"
        autoCapitalize="characters"
        spellCheck={false}
        value={values.code}
        onChange={set('code')}
        errors={problem.fieldErrors('code')}
      />
      <TextField
        label={t('items.name')}
        name="name"
        value={values.name}
        onChange={set('name')}
        errors={problem.fieldErrors('name')}
      />
      <SelectField
        label={t('items.unitOfMeasure')}
        name="unitOfMeasure"
        options={UNITS.map((unit) => ({ value: unit, label: unit }))}
        value={values.unitOfMeasure}
        onChange={set('unitOfMeasure')}
        errors={problem.fieldErrors('unitOfMeasure')}
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('items.create')}
      </Button>
    </form>
  );
}
