import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { FeatureFlagsAdmin } from '@/features/feature-flags/components/feature-flags-admin';

export function FeatureFlagsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('featureFlags.title')}>
      <FeatureFlagsAdmin />
    </Page>
  );
}
