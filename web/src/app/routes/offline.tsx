import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { OfflinePolicyView } from '@/features/offline/components/offline-policy';

export function OfflineRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('offline.title')}>
      <OfflinePolicyView />
    </Page>
  );
}
