import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../components/loading-status';
import { MyStudentsPage } from '../features/my-students/my-students-page';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { AppShell } from './app-shell';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';
import { loadCatalogPart } from '../i18n/i18n';

/**
 * A page loaded when first opened, together with the rest of the catalog (the words of every page
 * but the first), so that the sign-in page and Mine elever come with little JavaScript.
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return async () => {
    const [module] = await Promise.all([load(), loadCatalogPart('rest')]);
    return { Component: module[name] };
  };
}

/** Shown while the first page opened is a page still loading (later ones keep the page before on screen). */
function PageLoading() {
  const { t } = useTranslation();
  return <LoadingStatus text={t('app.loadingPage')} />;
}

/**
 * The routes; paths are in Norwegian, as the users speak. Only what a teacher needs on the first
 * visit is in the entry chunk: the frame, the sign-in page and Mine elever. Every other page
 * loads when first opened (docs/architecture.md, "The web app").
 */
export const router = createBrowserRouter([
  // The student and guardian view: its own frame and session, outside the staff app (loaded when first opened).
  {
    path: '/hjem',
    HydrateFallback: PageLoading,
    lazy: page(() => import('../features/home/components/home-shell'), 'HomeShell'),
    children: [
      { index: true, lazy: page(() => import('../features/home/components/home-start-page'), 'HomeStartPage') },
      { path: 'elev/:studentId', lazy: page(() => import('../features/home/components/home-student-page'), 'HomeStudentPage') },
      { path: 'elev/:studentId/innsyn', lazy: page(() => import('../features/home/components/home-access-page'), 'HomeAccessPage') },
      { path: '*', lazy: page(() => import('../features/home/components/home-not-found-page'), 'HomeNotFoundPage') },
    ],
  },
  {
    element: <AppShell />,
    HydrateFallback: PageLoading,
    children: [
      { path: '/logg-inn', element: <SignInPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: '/start', lazy: page(() => import('../features/start/start-page'), 'StartPage') },
          { path: '/mine-elever', element: <MyStudentsPage /> },
          { path: '/elever/:studentId', lazy: page(() => import('../features/student/student-page'), 'StudentPage') },
          { path: '/skoler/:schoolId', lazy: page(() => import('../features/school-overview/school-overview-page'), 'SchoolOverviewPage') },
          { path: '/skoler/:schoolId/manedssjekk', lazy: page(() => import('../features/monthly-check/monthly-check-page'), 'MonthlyCheckPage') },
          { path: '/skoler/:schoolId/semestersjekk', lazy: page(() => import('../features/checks/semester-check-page'), 'SemesterCheckPage') },
          { path: '/skoler/:schoolId/iko', lazy: page(() => import('../features/iko-workspace/iko-workspace-page'), 'IkoWorkspacePage') },
          { path: '/skoler/:schoolId/rapporter', lazy: page(() => import('../features/class-report/school-reports-page'), 'SchoolReportsPage') },
          { path: '/klasser/:classId/rapport', lazy: page(() => import('../features/class-report/class-report-page'), 'ClassReportPage') },
          { path: '/skoler/:schoolId/ledelse', lazy: page(() => import('../features/leadership/leadership-page'), 'LeadershipPage') },
          { path: '/skoler/:schoolId/tiltakseffekt', lazy: page(() => import('../features/measure-effects/measure-effects-page'), 'MeasureEffectsPage') },
          { path: '/elever/:studentId/melding', lazy: page(() => import('../features/concern-report/concern-report-page'), 'ConcernReportPage') },
          { path: '/skoler/:schoolId/import', lazy: page(() => import('../features/imports/import-page'), 'ImportPage') },
          { path: '/regelprofiler', lazy: page(() => import('../features/rule-profiles/rule-profiles-page'), 'RuleProfilesPage') },
          { path: '/import', lazy: page(() => import('../features/imports/owner-import-page'), 'OwnerImportPage') },
          { path: '/registrering', lazy: page(() => import('../features/registration/registration-page'), 'RegistrationPage') },
          { path: '/midtveisvurdering', lazy: page(() => import('../features/grade-entry/grade-entry-page'), 'GradeEntryPage') },
          { path: '/oppgaver', lazy: page(() => import('../features/tasks/tasks-page'), 'TasksPage') },
          { path: '/ukesjekk/:groupId', lazy: page(() => import('../features/weekly-check/weekly-check-page'), 'WeeklyCheckPage') },
          { path: '/klasselaerermote/:groupId', lazy: page(() => import('../features/class-meeting/class-meeting-page'), 'ClassMeetingPage') },
          { path: '/saker', lazy: page(() => import('../features/cases/cases-page'), 'CasesPage') },
          { path: '/saker/:caseId', lazy: page(() => import('../features/cases/case-page'), 'CasePage') },
          { path: '/avklaringar/:caseId', lazy: page(() => import('../features/ot-avklaring/avklaring-page'), 'AvklaringPage') },
          // Oppfølgingstenesta's own pages (OT advisors; the statistics for skoleeier too, the settings for administrators).
          { path: '/ot', lazy: page(() => import('../features/ot/ot-list-page'), 'OtListPage') },
          { path: '/ot/arkiv', lazy: page(() => import('../features/ot/ot-list-page'), 'OtArchivePage') },
          { path: '/ot/ungdom/:youthId', lazy: page(() => import('../features/ot/youth-page'), 'YouthPage') },
          { path: '/ot/avklaringar', lazy: page(() => import('../features/ot/ot-avklaringar-page'), 'OtAvklaringarPage') },
          { path: '/ot/statistikk', lazy: page(() => import('../features/ot/ot-statistics-page'), 'OtStatisticsPage') },
          { path: '/ot/innstillinger', lazy: page(() => import('../features/ot/ot-settings-page'), 'OtSettingsPage') },
          // The school owner's absence team (fraværsteam): figures per school and trinn, no names.
          { path: '/eier/fravaer', lazy: page(() => import('../features/owner-absence/owner-absence-page'), 'OwnerAbsencePage') },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
