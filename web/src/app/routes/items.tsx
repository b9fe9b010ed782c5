import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { CreateItemForm } from '@/features/items/components/create-item-form';
import { ItemsList } from '@/features/items/components/items-list';
import { canManageCatalog } from '@/lib/authorization';
import { useSignedInUser } from '../guards';

export function ItemsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('items.title')}>
      {canManageCatalog(user.roles) ? (
        <Section title={t('items.newItem')}>
          <CreateItemForm />
        </Section>
      ) : null}
      <ItemsList />
    </Page>
  );
}
