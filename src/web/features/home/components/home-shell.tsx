import { Button, Heading, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, ScrollRestoration } from 'react-router';
import { LanguageSwitcher } from '../../../app/language-switcher';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useHomeSessionState, useHomeSignOut } from '../api/use-home';
import { homePaths } from '../home-paths';
import { useMainFocusOnNavigation } from '../../../lib/use-main-focus-on-navigation';
import '../home.css';

/**
 * The home view's own frame, apart from the staff app's (no staff navigation): the name of the
 * app, who is signed in, the language and "Logg ut"; without a home session, the ways in.
 */
export function HomeShell() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useHomeSessionState();
  const mainRef = useMainFocusOnNavigation();
  const signedIn = data?.status === 'signed_in' ? data.session : null;

  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to={homePaths.start} className="app-header__brand">
            {t('app.name')}
          </RouterLink>
          <div className="app-header__tools">
            <LanguageSwitcher />
            {signedIn && <SignedIn name={signedIn.name} />}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main home-main">
        {isPending ? (
          <>
            <h1 className="visually-hidden">{t('home.session.checkingTitle')}</h1>
            <LoadingStatus text={t('home.session.checking')} />
          </>
        ) : error || !data ? (
          <>
            <h1 className="page-title">{t('home.session.failedTitle')}</h1>
            <ApiErrorAlert error={error} onRetry={() => void refetch()} />
          </>
        ) : data.status === 'signed_out' ? (
          <SignInNeeded />
        ) : (
          <Outlet />
        )}
      </main>
      <footer className="app-footer">
        <p>{t('home.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

function SignedIn({ name }: { name: string }) {
  const { t } = useTranslation();
  const signOut = useHomeSignOut();
  return (
    <div className="app-header__user">
      <span>{t('home.signedInAs', { name })}</span>
      <Button variant="secondary" data-size="sm" loading={signOut.isPending} onClick={() => signOut.mutate()}>
        {signOut.isPending ? t('home.signingOut') : t('home.signOut')}
      </Button>
    </div>
  );
}

/** No home session (or it ran out): the two ways in, each for whom it is. Full page loads, to the provider. */
function SignInNeeded() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.signIn.title'));
  return (
    <div className="stack home-narrow">
      <Heading level={1} data-size="lg">
        {t('home.signIn.title')}
      </Heading>
      <Paragraph>{t('home.signIn.intro')}</Paragraph>
      <ul className="home-sign-in-list">
        <li>
          <Link href={homePaths.signInFeide}>{t('home.signIn.feide')}</Link>
          <Paragraph data-size="sm">{t('home.signIn.feideHint')}</Paragraph>
        </li>
        <li>
          <Link href={homePaths.signInIdPorten}>{t('home.signIn.idPorten')}</Link>
          <Paragraph data-size="sm">{t('home.signIn.idPortenHint')}</Paragraph>
        </li>
      </ul>
    </div>
  );
}
