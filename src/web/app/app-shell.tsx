import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../shared/api';
import { casePaths } from '../features/cases/case-paths';
import { hasTaskRole, hasTeacherRole, isAdministrator, overviewSchools, paths } from '../lib/home-path';
import { useSessionState, useSignOut } from '../lib/session';
import { LanguageSwitcher } from './language-switcher';

/** Skip link, header with navigation, language and sign-out, and the main landmark. */
export function AppShell() {
  const { t } = useTranslation();
  const { data } = useSessionState();
  const session = data?.status === 'signed_in' ? data.session : null;
  const mainRef = useMainFocusOnNavigation();

  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <RouterLink to="/" className="app-header__brand">
            {t('app.name')}
          </RouterLink>
          {session && <MainNavigation session={session} />}
          <div className="app-header__tools">
            <LanguageSwitcher />
            {session && <SignedInAs session={session} />}
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

function MainNavigation({ session }: { session: Session }) {
  const { t } = useTranslation();
  const schools = overviewSchools(session.roles);
  return (
    <nav aria-label={t('nav.label')} className="app-nav">
      <ul>
        <li>
          <NavLink to={paths.start} className="app-nav__link">
            {t('nav.start')}
          </NavLink>
        </li>
        {hasTeacherRole(session.roles) && (
          <>
            <li>
              <NavLink to={paths.myStudents} className="app-nav__link">
                {t('nav.myStudents')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.registration} className="app-nav__link">
                {t('nav.registration')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.grades} className="app-nav__link">
                {t('nav.grades')}
              </NavLink>
            </li>
          </>
        )}
        {hasTaskRole(session.roles) && (
          <li>
            <NavLink to={paths.tasks} className="app-nav__link">
              {t('nav.tasks')}
            </NavLink>
          </li>
        )}
        <li>
          <NavLink to={casePaths.list} className="app-nav__link">
            {t('cases.nav')}
          </NavLink>
        </li>
        {schools.map((school) => (
          <li key={school.schoolId}>
            <NavLink to={paths.schoolOverview(school.schoolId)} className="app-nav__link">
              {schools.length > 1 && school.schoolName
                ? t('nav.schoolOverviewAt', { school: school.schoolName })
                : t('nav.schoolOverview')}
            </NavLink>
          </li>
        ))}
        {isAdministrator(session.roles) && (
          <li>
            <NavLink to={paths.ruleProfiles} className="app-nav__link">
              {t('nav.ruleProfiles')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}

function SignedInAs({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <div className="app-header__user">
      <span>{t('header.signedInAs', { name: session.name })}</span>
      <Button
        variant="secondary"
        data-size="sm"
        loading={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => void navigate(paths.signIn, { replace: true }),
          })
        }
      >
        {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
      </Button>
    </div>
  );
}

/**
 * After navigating inside the app, focus moves to <main> so that keyboard and screen-reader
 * users start at the new page's content, as after a full page load.
 */
function useMainFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
