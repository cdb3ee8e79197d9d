import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ApiErrorAlert } from '../components/api-error-alert';
import { LoadingStatus } from '../components/loading-status';
import { paths, signInPathReturningTo } from '../lib/home-path';
import { useSessionState } from '../lib/session';

/**
 * The pages behind sign-in. Without a session the person is sent to /logg-inn with the page
 * they asked for in `neste`, and returns there after signing in.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, error, refetch, isPending } = useSessionState();

  if (isPending) {
    return (
      <>
        <h1 className="visually-hidden">{t('session.checkingTitle')}</h1>
        <LoadingStatus text={t('session.checking')} />
      </>
    );
  }
  if (error || !data) {
    return (
      <>
        <h1 className="page-title">{t('session.failedTitle')}</h1>
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (data.status === 'signed_out') {
    const target =
      data.reason === 'signed_out' ? paths.signIn : signInPathReturningTo(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}
