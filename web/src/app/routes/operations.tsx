import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { ConsistencyChecks } from '@/features/operations/components/consistency-checks';
import { ProjectionsAdmin } from '@/features/operations/components/projections-admin';
import { hasAnyRole, PROJECTION_ADMIN_ROLES, RUN_CONSISTENCY_CHECK_ROLES } from '@/lib/authorization';
import { useSignedInUser } from '../guards';

export function OperationsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('operations.title')}>
      <Section title={t('operations.checks')}>
        <ConsistencyChecks canRun={hasAnyRole(user.roles, RUN_CONSISTENCY_CHECK_ROLES)} />
      </Section>
      {hasAnyRole(user.roles, PROJECTION_ADMIN_ROLES) ? (
        <Section title={t('operations.projections')}>
          <ProjectionsAdmin />
        </Section>
      ) : null}
    </Page>
  );
}
