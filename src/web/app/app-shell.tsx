import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../shared/api';
import { casePaths } from '../features/cases/case-paths';
import { otPaths } from '../features/ot/ot-paths';
import { coordinatorSchools, gradeKindsToEnter, hasTaskRole, hasTeacherRole, isAdministrator, isOtAdvisor, isSchoolOwner, overviewSchools, paths, seesOtStatistics } from '../lib/home-path';
import { useSessionState, useSignOut } from '../lib/session';
import { useMainFocusOnNavigation } from '../lib/use-main-focus-on-navigation';
import type { SignOutResult } from '../../shared/sign-in-api';
import { LanguageSwitcher } from './language-switcher';

/** Skip link, header with navigation, language and sign-out, and the main landmark. */
export function AppShell() {
  const { t } = useTranslation();
  const { data } = useSessionState();
  const session = data?.status === 'signed_in' ? data.session : null;
  const mainRef = useMainFocusOnNavigation();
  const menu = usePhoneMenu();

  return (
    <>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        {/* Escape closes the phone menu from the button or from anywhere inside it. */}
        <div className="app-header__inner" onKeyDown={menu.closeOnEscape}>
          <RouterLink to="/" className="app-header__brand">
            {t('app.name')}
          </RouterLink>
          {/* On a phone the menu folds behind one button (styles.css); on a wide screen it is always open. */}
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            className="app-header__menu-button"
            aria-expanded={menu.open}
            aria-controls="app-menu"
            onClick={menu.toggle}
          >
            {t('header.menu')}
          </Button>
          <div id="app-menu" className="app-header__menu" data-open={menu.open}>
            {session && <MainNavigation session={session} />}
            <div className="app-header__tools">
              <LanguageSwitcher />
              {session && <SignedInAs session={session} />}
            </div>
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
  // Grade entry only where grades are given, named for the grades given there.
  const gradeKinds = gradeKindsToEnter(session.roles);
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
            {gradeKinds.length > 0 && (
              <li>
                <NavLink to={paths.grades} className="app-nav__link">
                  {gradeKinds.includes('midtveis') ? t('nav.grades') : t('nav.gradesHalfYear')}
                </NavLink>
              </li>
            )}
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
            {t('nav.cases')}
          </NavLink>
        </li>
        {isOtAdvisor(session.roles) && (
          <>
            <li>
              <NavLink to={otPaths.list} end className="app-nav__link">
                {t('nav.otList')}
              </NavLink>
            </li>
            <li>
              <NavLink to={otPaths.avklaringar} className="app-nav__link">
                {t('nav.otAvklaringar')}
              </NavLink>
            </li>
          </>
        )}
        {isSchoolOwner(session.roles) && (
          <li>
            <NavLink to={paths.ownerAbsence} className="app-nav__link">
              {t('nav.ownerAbsence')}
            </NavLink>
          </li>
        )}
        {seesOtStatistics(session.roles) && (
          <li>
            <NavLink to={otPaths.statistics} className="app-nav__link">
              {t('nav.otStatistics')}
            </NavLink>
          </li>
        )}
        {schools.map((school) => (
          <li key={`${school.schoolId}:ledelse`}>
            <NavLink to={paths.leadership(school.schoolId)} className="app-nav__link">
              {schools.length > 1 && school.schoolName ? t('nav.leadershipAt', { school: school.schoolName }) : t('nav.leadership')}
            </NavLink>
          </li>
        ))}
        {coordinatorSchools(session.roles).map((school) => (
          <li key={`${school.schoolId}:iko`}>
            <NavLink to={paths.ikoWorkspace(school.schoolId)} className="app-nav__link">
              {schools.length > 1 && school.schoolName ? t('nav.ikoWorkspaceAt', { school: school.schoolName }) : t('nav.ikoWorkspace')}
            </NavLink>
          </li>
        ))}
        {coordinatorSchools(session.roles).map((school) => (
          <li key={`${school.schoolId}:klasselaerermote`}>
            <NavLink to={paths.classMeetings(school.schoolId)} className="app-nav__link">
              {t('nav.classMeeting')}
            </NavLink>
          </li>
        ))}
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
          <>
            <li>
              <NavLink to={paths.ruleProfiles} className="app-nav__link">
                {t('nav.ruleProfiles')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.ownerImports} className="app-nav__link">
                {t('nav.ownerImport')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

function SignedInAs({ session }: { session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  // For a shared or lost device: ends the sessions on every device, this one too.
  const signOutEverywhere = useSignOut({ everywhere: true });
  const thenSignIn = { onSettled: () => void navigate(paths.signIn, { replace: true }) };
  // A session begun at Feide ends there too: the provider sends the browser back to the sign-in page.
  const thenProvider = {
    onSettled: (result: SignOutResult | undefined) => {
      if (result?.endSessionUrl) window.location.assign(result.endSessionUrl);
      else void navigate(paths.signIn, { replace: true });
    },
  };
  return (
    <div className="app-header__user">
      <span>{t('header.signedInAs', { name: session.name })}</span>
      <Button variant="secondary" data-size="sm" loading={signOut.isPending} onClick={() => signOut.mutate(undefined, thenProvider)}>
        {signOut.isPending ? t('header.signingOut') : t('header.signOut')}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        loading={signOutEverywhere.isPending}
        onClick={() => signOutEverywhere.mutate(undefined, thenSignIn)}
      >
        {signOutEverywhere.isPending ? t('header.signingOutEverywhere') : t('header.signOutEverywhere')}
      </Button>
    </div>
  );
}

/** The phone menu: open or closed, closed again on every navigation and by Escape. */
function usePhoneMenu() {
  // Open on the page where it was opened: another page starts with it closed.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return {
    open,
    toggle: () => setOpenOn(open ? null : pathname),
    closeOnEscape: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open) return;
      setOpenOn(null);
      document.querySelector<HTMLElement>('.app-header__menu-button')?.focus();
    },
  };
}
