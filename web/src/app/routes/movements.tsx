import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { MovementHistory } from '@/features/movements/components/movement-history';

export function MovementsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('movements.title')}>
      <MovementHistory />
    </Page>
  );
}
