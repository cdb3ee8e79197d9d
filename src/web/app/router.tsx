import { createBrowserRouter } from 'react-router';
import { CasesPage } from '../features/cases/cases-page';
import { SemesterCheckPage } from '../features/checks/semester-check-page';
import { ClassReportPage } from '../features/class-report/class-report-page';
import { SchoolReportsPage } from '../features/class-report/school-reports-page';
import { ConcernReportPage } from '../features/concern-report/concern-report-page';
import { GradeEntryPage } from '../features/grade-entry/grade-entry-page';
import { IkoWorkspacePage } from '../features/iko-workspace/iko-workspace-page';
import { ImportPage } from '../features/imports/import-page';
import { OwnerImportPage } from '../features/imports/owner-import-page';
import { MonthlyCheckPage } from '../features/monthly-check/monthly-check-page';
import { MyStudentsPage } from '../features/my-students/my-students-page';
import { RegistrationPage } from '../features/registration/registration-page';
import { RuleProfilesPage } from '../features/rule-profiles/rule-profiles-page';
import { SchoolOverviewPage } from '../features/school-overview/school-overview-page';
import { SignInPage } from '../features/sign-in/sign-in-page';
import { StartPage } from '../features/start/start-page';
import { StudentPage } from '../features/student/student-page';
import { TasksPage } from '../features/tasks/tasks-page';
import { WeeklyCheckPage } from '../features/weekly-check/weekly-check-page';
import { AppShell } from './app-shell';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';

/**
 * The routes; paths are in Norwegian, as the users speak. The case pages (a clarification case
 * with OT has its own, /avklaringar) and the klasselærermøte
 * (with the guides, the plan editor and its validation) load when first opened, so that the
 * pages a teacher opens every day stay small.
 */
export const router = createBrowserRouter([
  // The student and guardian view: its own frame and session, outside the staff app (loaded when first opened).
  {
    path: '/hjem',
    lazy: async () => ({ Component: (await import('../features/home/components/home-shell')).HomeShell }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/components/home-start-page')).HomeStartPage }) },
      { path: 'elev/:studentId', lazy: async () => ({ Component: (await import('../features/home/components/home-student-page')).HomeStudentPage }) },
      { path: 'elev/:studentId/innsyn', lazy: async () => ({ Component: (await import('../features/home/components/home-access-page')).HomeAccessPage }) },
      { path: '*', lazy: async () => ({ Component: (await import('../features/home/components/home-not-found-page')).HomeNotFoundPage }) },
    ],
  },
  {
    element: <AppShell />,
    children: [
      { path: '/logg-inn', element: <SignInPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: '/start', element: <StartPage /> },
          { path: '/mine-elever', element: <MyStudentsPage /> },
          { path: '/elever/:studentId', element: <StudentPage /> },
          { path: '/skoler/:schoolId', element: <SchoolOverviewPage /> },
          { path: '/skoler/:schoolId/manedssjekk', element: <MonthlyCheckPage /> },
          { path: '/skoler/:schoolId/semestersjekk', element: <SemesterCheckPage /> },
          { path: '/skoler/:schoolId/iko', element: <IkoWorkspacePage /> },
          { path: '/skoler/:schoolId/rapporter', element: <SchoolReportsPage /> },
          { path: '/klasser/:classId/rapport', element: <ClassReportPage /> },
          { path: '/skoler/:schoolId/ledelse', lazy: async () => ({ Component: (await import('../features/leadership/leadership-page')).LeadershipPage }) },
          { path: '/skoler/:schoolId/tiltakseffekt', lazy: async () => ({ Component: (await import('../features/measure-effects/measure-effects-page')).MeasureEffectsPage }) },
          { path: '/elever/:studentId/melding', element: <ConcernReportPage /> },
          { path: '/skoler/:schoolId/import', element: <ImportPage /> },
          { path: '/regelprofiler', element: <RuleProfilesPage /> },
          { path: '/import', element: <OwnerImportPage /> },
          { path: '/registrering', element: <RegistrationPage /> },
          { path: '/midtveisvurdering', element: <GradeEntryPage /> },
          { path: '/oppgaver', element: <TasksPage /> },
          { path: '/ukesjekk/:groupId', element: <WeeklyCheckPage /> },
          { path: '/klasselaerermote/:groupId', lazy: async () => ({ Component: (await import('../features/class-meeting/class-meeting-page')).ClassMeetingPage }) },
          { path: '/saker', element: <CasesPage /> },
          { path: '/saker/:caseId', lazy: async () => ({ Component: (await import('../features/cases/case-page')).CasePage }) },
          { path: '/avklaringar/:caseId', lazy: async () => ({ Component: (await import('../features/ot-avklaring/avklaring-page')).AvklaringPage }) },
          // Oppfølgingstenesta's own pages (OT advisors; the statistics for skoleeier too, the settings for administrators).
          { path: '/ot', lazy: async () => ({ Component: (await import('../features/ot/ot-list-page')).OtListPage }) },
          { path: '/ot/arkiv', lazy: async () => ({ Component: (await import('../features/ot/ot-list-page')).OtArchivePage }) },
          { path: '/ot/ungdom/:youthId', lazy: async () => ({ Component: (await import('../features/ot/youth-page')).YouthPage }) },
          { path: '/ot/avklaringar', lazy: async () => ({ Component: (await import('../features/ot/ot-avklaringar-page')).OtAvklaringarPage }) },
          { path: '/ot/statistikk', lazy: async () => ({ Component: (await import('../features/ot/ot-statistics-page')).OtStatisticsPage }) },
          { path: '/ot/innstillinger', lazy: async () => ({ Component: (await import('../features/ot/ot-settings-page')).OtSettingsPage }) },
          // The school owner's absence team (fraværsteam): figures per school and trinn, no names.
          { path: '/eier/fravaer', lazy: async () => ({ Component: (await import('../features/owner-absence/owner-absence-page')).OwnerAbsencePage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
