import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { ApiKeysList } from '@/features/api-keys/components/api-keys-list';
import { CreateApiKeyForm } from '@/features/api-keys/components/create-api-key-form';

export function ApiKeysRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('apiKeys.title')}>
      <ApiKeysList />
      <Section title={t('apiKeys.newKey')}>
        <CreateApiKeyForm />
      </Section>
    </Page>
  );
}
