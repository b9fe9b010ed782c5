import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import type { User } from '../api/get-users';
import { useResetUserPassword } from '../api/reset-user-password';

export function ResetPasswordDialog({ user, onClose, onDone }: { user: User; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const reset = useResetUserPassword();
  const problem = useProblem(reset.error);
  const { commandIdFor, settle } = useCommandId();
  const [newPassword, setNewPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id ?? '', commandId: commandIdFor({ id: user.id, newPassword }), newPassword },
      { onSettled: (_data, error) => settle(error), onSuccess: onDone },
    );
  };

  return (
    <Dialog title={t('users.resetPasswordTitle', { username: user.username })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} fields={['newPassword']} />
        <TextField
          label={t('users.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          errors={problem.fieldErrors('newPassword')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" disabled={reset.isPending}>
            {reset.isPending ? t('common.saving') : t('users.resetPassword')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
