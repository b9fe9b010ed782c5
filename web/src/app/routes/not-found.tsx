import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths } from '../paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFound')}>
      <Link className="button button--secondary" to={paths.home}>
        {t('errors.goHome')}
      </Link>
    </Page>
  );
}
