import { useTranslation } from 'react-i18next';
import { Page, Section } from '@/components/ui/page';
import { MyFeatureFlags } from '@/features/feature-flags/components/my-feature-flags';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useSignedInUser } from '../guards';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('home.greeting', { name: user.displayName })}>
      <Section title={t('home.yourRoles')}>
        <ul className="chips" aria-label={t('home.yourRoles')}>
          {(user.roles ?? []).map((role) => (
            <li key={role} className="chip">
              {translateDynamic(t, `roles.${role}`, role)}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('home.yourFeatures')}>
        <MyFeatureFlags />
      </Section>
    </Page>
  );
}
