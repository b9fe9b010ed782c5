import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import type { CurrentUser } from '../api/get-current-user';
import { useLogin } from '../api/login';

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess?: (user: CurrentUser) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const problem = useProblem(login.error);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ username, password }, { onSuccess });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('auth.title')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      <TextField
        label={t('auth.username')}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        errors={problem.fieldErrors('username')}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errors={problem.fieldErrors('password')}
      />
      <Button type="submit" variant="primary" disabled={login.isPending}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </Button>
    </form>
  );
}
