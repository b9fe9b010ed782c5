import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroup, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useCreateUser } from '../api/create-user';
import { roleOptions } from './role-options';

const FIELDS = ['username', 'displayName', 'password', 'roles'] as const;
const EMPTY = { username: '', displayName: '', password: '', roles: [] as string[] };

export function CreateUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const problem = useProblem(create.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const body = { ...values, username: values.username.trim(), displayName: values.displayName.trim() };
    create.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (user) => {
          setCreated(user.username ?? body.username);
          setValues(EMPTY);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('users.newUser')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {created ? <Alert tone="success">{t('users.created', { username: created })}</Alert> : null}
      <TextField
        label={t('users.username')}
        name="username"
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
        value={values.username}
        onChange={(event) => setValues((v) => ({ ...v, username: event.target.value }))}
        errors={problem.fieldErrors('username')}
      />
      <TextField
        label={t('users.displayName')}
        name="displayName"
        value={values.displayName}
        onChange={(event) => setValues((v) => ({ ...v, displayName: event.target.value }))}
        errors={problem.fieldErrors('displayName')}
      />
      <TextField
        label={t('users.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(event) => setValues((v) => ({ ...v, password: event.target.value }))}
        errors={problem.fieldErrors('password')}
      />
      <CheckboxGroup
        legend={t('users.roles')}
        name="roles"
        options={roleOptions(t)}
        value={values.roles}
        onChange={(roles) => setValues((v) => ({ ...v, roles }))}
        errors={problem.fieldErrors('roles')}
      />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('users.create')}
      </Button>
    </form>
  );
}
