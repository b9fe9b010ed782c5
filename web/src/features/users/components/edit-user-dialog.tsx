import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, CheckboxGroup, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import type { User } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { roleOptions } from './role-options';

const FIELDS = ['displayName', 'roles', 'isActive'] as const;

export function EditUserDialog({ user, onClose, onSaved }: { user: User; onClose: () => void; onSaved: (user: User) => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const problem = useProblem(update.error);
  const { commandIdFor, settle } = useCommandId();
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [roles, setRoles] = useState<string[]>([...(user.roles ?? [])]);
  const [isActive, setIsActive] = useState(user.isActive ?? true);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { displayName: displayName.trim(), roles, isActive };
    update.mutate(
      { id: user.id ?? '', commandId: commandIdFor({ id: user.id, ...body }), ...body },
      { onSettled: (_data, error) => settle(error), onSuccess: onSaved },
    );
  };

  return (
    <Dialog title={t('users.editTitle', { username: user.username })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextField
          label={t('users.displayName')}
          name="displayName"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          errors={problem.fieldErrors('displayName')}
        />
        <CheckboxGroup
          legend={t('users.roles')}
          name="roles"
          options={roleOptions(t)}
          value={roles}
          onChange={setRoles}
          errors={problem.fieldErrors('roles')}
        />
        <Checkbox
          label={t('users.active')}
          name="isActive"
          checked={isActive}
          onChange={(event) => setIsActive(event.target.checked)}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
