import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Page } from '@/components/ui/page';
import { RefreshingIndicator } from '@/features/operations/components/refreshing-indicator';
import { StockView, type StockViewBy } from '@/features/stock/components/stock-view';
import { paths } from '../paths';

export function StockRoute({ by }: { by: StockViewBy }) {
  const { t } = useTranslation();
  const tab = ({ isActive }: { isActive: boolean }) => `tabs__link${isActive ? ' tabs__link--active' : ''}`;
  return (
    <Page title={by === 'location' ? t('stock.byLocation') : t('stock.byItem')}>
      <nav className="tabs" aria-label={t('stock.views')}>
        <NavLink to={paths.stockByLocation} className={tab}>
          {t('stock.byLocation')}
        </NavLink>
        <NavLink to={paths.stockByItem} className={tab}>
          {t('stock.byItem')}
        </NavLink>
      </nav>
      <RefreshingIndicator variant="banner" />
      {/* Keyed by view: the filters typed in one view do not carry over to the other. */}
      <StockView key={by} by={by} />
    </Page>
  );
}
