import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { LoginForm } from '@/features/auth/components/login-form';
import { LanguageSwitcher } from '../layout/language-switcher';
import { paths } from '../paths';

/** Only same-site paths are followed after login (no open redirect). */
function safeRedirect(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : paths.home;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const user = useCurrentUser();

  if (user.isPending) return <Spinner />;
  if (user.data) return <Navigate to={redirect} replace />;

  return (
    <main className="login">
      <div className="login__panel card">
        <div className="login__top">
          <p className="login__brand">{t('app.name')}</p>
          <LanguageSwitcher />
        </div>
        <h1>{t('auth.title')}</h1>
        <LoginForm onSuccess={() => void navigate(redirect, { replace: true })} />
      </div>
    </main>
  );
}
