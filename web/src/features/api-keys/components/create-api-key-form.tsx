import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { ROLES } from '@/lib/authorization';
import { useCommandId } from '@/lib/command-id';
import { useCreateApiKey, type CreatedApiKey } from '../api/create-api-key';
import { ApiKeySecretDialog } from './api-key-secret-dialog';

const FIELDS = ['name', 'roles'] as const;

export function CreateApiKeyForm() {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { name: name.trim(), roles };
    create.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (result) => {
          setCreated(result);
          setName('');
          setRoles([]);
        },
      },
    );
  };

  return (
    <>
      <form className="form" onSubmit={submit} noValidate aria-label={t('apiKeys.newKey')}>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextField
          label={t('apiKeys.name')}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          errors={problem.fieldErrors('name')}
        />
        <CheckboxGroup
          legend={t('apiKeys.roles')}
          name="roles"
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          value={roles}
          onChange={setRoles}
          errors={problem.fieldErrors('roles')}
        />
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('apiKeys.create')}
        </Button>
      </form>
      {created ? (
        <ApiKeySecretDialog
          name={created.apiKey?.name ?? ''}
          secret={created.secret ?? ''}
          onClose={() => setCreated(null)}
        />
      ) : null}
    </>
  );
}
