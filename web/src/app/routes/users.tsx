import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { CreateUserForm } from '@/features/users/components/create-user-form';
import { UsersList } from '@/features/users/components/users-list';

export function UsersRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('users.title')}>
      <UsersList />
      <Section title={t('users.newUser')}>
        <CreateUserForm />
      </Section>
    </Page>
  );
}
