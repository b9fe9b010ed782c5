import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useDateFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useUsers, type User } from '../api/get-users';
import { EditUserDialog } from './edit-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';

type Open = { kind: 'edit' | 'password'; user: User } | null;

export function UsersList() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const users = useUsers();
  const problem = useProblem(users.error);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (users.isPending) return <Spinner />;
  if (users.isError) return <ProblemAlert problem={problem} />;

  return (
    <div className="stack">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {users.data.length === 0 ? (
        <p>{t('users.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={t('users.title')}>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.active')}</th>
                <th scope="col">{t('users.createdAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}</td>
                  <td>{user.displayName}</td>
                  <td>{(user.roles ?? []).map((role) => translateDynamic(t, `roles.${role}`, role)).join(', ')}</td>
                  <td>{user.isActive ? t('common.yes') : t('common.no')}</td>
                  <td>{formatDate(user.createdAt)}</td>
                  <td>
                    <div className="table__actions">
                      <Button
                        aria-label={`${t('common.edit')}: ${user.username}`}
                        onClick={() => {
                          setNotice(null);
                          setOpen({ kind: 'edit', user });
                        }}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        aria-label={`${t('users.resetPassword')}: ${user.username}`}
                        onClick={() => {
                          setNotice(null);
                          setOpen({ kind: 'password', user });
                        }}
                      >
                        {t('users.resetPassword')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'edit' ? (
        <EditUserDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onSaved={(saved) => {
            setOpen(null);
            setNotice(t('users.updated', { username: saved.username }));
          }}
        />
      ) : null}
      {open?.kind === 'password' ? (
        <ResetPasswordDialog
          user={open.user}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            setNotice(t('users.passwordReset', { username: open.user.username }));
          }}
        />
      ) : null}
    </div>
  );
}
