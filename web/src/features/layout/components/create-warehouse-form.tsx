import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useCreateWarehouse } from '../api/create-warehouse';

const FIELDS = ['code', 'name'] as const;
const EMPTY = { code: '', name: '' };

export function CreateWarehouseForm({ onCreated }: { onCreated?: (code: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateWarehouse();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const body = { code: values.code.trim().toUpperCase(), name: values.name.trim() };
    create.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (warehouse) => {
          const code = warehouse.code ?? body.code;
          setCreated(code);
          setValues(EMPTY);
          onCreated?.(code);
        },
      },
    );
  };

  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('layout.newWarehouse')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {created ? <Alert tone="success">{t('layout.warehouseCreated', { code: created })}</Alert> : null}
      <TextField
        label={t('layout.code')}
        name="code"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={values.code}
        onChange={set('code')}
        errors={problem.fieldErrors('code')}
      />
      <TextField label={t('layout.name')} name="name" value={values.name} onChange={set('name')} errors={problem.fieldErrors('name')} />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('layout.createWarehouse')}
      </Button>
    </form>
  );
}
