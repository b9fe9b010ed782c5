import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useCurrentUser, type CurrentUser } from '@/features/auth/api/get-current-user';
import { useFeatureFlag, useMyFeatureFlags } from '@/features/feature-flags/api/get-my-feature-flags';
import { useProblem } from '@/lib/api/use-problem';
import { hasAnyRole, type Role } from '@/lib/authorization';

const SignedInUserContext = createContext<CurrentUser | null>(null);

/** Renders its children only for a signed-in user; others go to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const problem = useProblem(user.error);
  if (user.isPending) return <Spinner />;
  if (user.isError) {
    return (
      <main className="centered">
        <Alert>{problem.message}</Alert>
        <Button onClick={() => void user.refetch()}>{t('common.retry')}</Button>
      </main>
    );
  }
  if (!user.data) {
    const redirect = `${location.pathname}${location.search}`;
    const to = redirect === '/' ? '/login' : `/login?redirect=${encodeURIComponent(redirect)}`;
    return <Navigate to={to} replace />;
  }
  // Children read the user from context, so they never render with a user that just signed out.
  return <SignedInUserContext.Provider value={user.data}>{children}</SignedInUserContext.Provider>;
}

/** The signed-in user inside RequireAuth. */
export function useSignedInUser(): CurrentUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is used outside RequireAuth');
  return user;
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Alert>{t('errors.forbidden')}</Alert>;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSignedInUser();
  return hasAnyRole(user.roles, roles) ? children : <Forbidden />;
}

export function RequireFlag({ flag, children }: { flag: string; children: ReactNode }) {
  const flags = useMyFeatureFlags();
  const on = useFeatureFlag(flag);
  if (flags.isPending) return <Spinner />;
  return on ? children : <Forbidden />;
}
