import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { hasTeacherRole, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { AccessReportSection } from '../access-report/components/access-report-section';
import { StudentCasesSection } from '../cases/components/student-cases-section';
import { IncomingSection } from '../overgang/components/incoming-section';
import { OvergangSection } from '../overgang/components/overgang-section';
import { SchoolMoveSection } from '../skolebytte/components/school-move-section';
import { StudentMovedAway } from '../skolebytte/components/student-moved-away';
import { isStudentId, useStudent } from './api/use-student';
import { AbsenceSection } from './components/absence-section';
import { CloserFollowUpSection, StudentCloserMark } from './components/closer-follow-up-section';
import { FlagsPanel } from './components/flags-panel';
import { GradesTable } from './components/grades-table';
import { GuardiansTable } from './components/guardians-table';
import { HomeContactsSection } from './components/home-contacts-section';
import { NoticeLogSection } from '../notices/components/notice-log-section';
import { NoticeForm } from './components/notice-form';
import { StudentFacts } from './components/student-facts';
import { StudentLight } from './components/student-light';
import { SubjectAbsenceSection } from './components/subject-absence-section';

/**
 * The student page. The document title names the page, not the student, so that names do not
 * end up in the browser history of a shared computer.
 */
export function StudentPage() {
  const { t } = useTranslation();
  const { studentId } = useParams();
  const session = useSession();
  const validId = isStudentId(studentId);
  const query = useStudent(studentId);

  const failure = isApiFailure(query.error) ? query.error : null;
  const notFound = !validId || failure?.code === 'not_found';
  const forbidden = failure?.code === 'forbidden';

  useDocumentTitle(notFound ? t('student.notFound.title') : forbidden ? t('student.forbidden.title') : t('student.title'));

  // A student who moved from this school to another of the owner: the page says where (skolebytte).
  if (notFound) return <StudentMovedAway studentId={validId ? studentId : undefined} fallback={<StudentNotFound />} />;
  if (forbidden) return <NoAccess />;

  if (query.isPending) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('student.title')}
        </Heading>
        <LoadingStatus text={t('student.loading')} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('student.title')}
        </Heading>
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }

  const student = query.data;
  // The contact teacher records notices from home; the server has the last word on who may.
  const recordsNotices = student.access === 'full' && session.roles.some((r) => r.role === 'kontaktlaerer');
  return (
    <div className="stack stack--wide">
      <div>
        <Paragraph data-size="sm" className="muted">
          {t('student.title')}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('common.personName', { given: student.givenName, family: student.familyName })}
        </Heading>
        <StudentLight student={student} />
        <StudentCloserMark student={student} />
        {/* A teacher of the student reports a concern to the IKO coordinator (the server decides who may). */}
        {hasTeacherRole(session.roles) && (
          <Paragraph>
            <AppLink to={paths.concernReport(student.id)}>{t('myStudents.sendReport')}</AppLink>
          </Paragraph>
        )}
      </div>
      <StudentFacts student={student} />
      <FlagsPanel student={student} />
      <CloserFollowUpSection student={student} />
      <StudentCasesSection student={student} studentName={t('common.personName', { given: student.givenName, family: student.familyName })} />
      <IncomingSection student={student} />
      <OvergangSection student={student} />
      <SchoolMoveSection student={student} />
      <GuardiansTable student={student} />
      <HomeContactsSection student={student} />
      {/* ── The delivery log: owned by the notices feature (src/web/features/notices). ── */}
      <NoticeLogSection of={{ studentId: student.id }} enabled={student.access === 'full'} />
      <AbsenceSection student={student} />
      {recordsNotices && <NoticeForm student={student} />}
      <SubjectAbsenceSection student={student} />
      <GradesTable student={student} />
      <AccessReportSection student={student} />
    </div>
  );
}

/** 403: the person has no need to know about this student (tjenstlig behov). */
function NoAccess() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('student.forbidden.title')}
      </Heading>
      <Alert data-color="warning" role="alert" className="stack">
        <Paragraph>{t('student.forbidden.text')}</Paragraph>
        <Paragraph>{t('student.forbidden.logged')}</Paragraph>
      </Alert>
      <Paragraph>{t('student.forbidden.help')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.toStart')}</AppLink>
      </Paragraph>
    </div>
  );
}

function StudentNotFound() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('student.notFound.title')}
      </Heading>
      <Alert data-color="info" role="alert">
        <Paragraph>{t('student.notFound.text')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('common.toStart')}</AppLink>
      </Paragraph>
    </div>
  );
}
