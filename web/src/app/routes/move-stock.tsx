import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { MoveStockForm } from '@/features/movements/components/move-stock-form';

export function MoveStockRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('moveStock.title')}>
      <Section title={t('moveStock.title')}>
        <MoveStockForm />
      </Section>
    </Page>
  );
}
