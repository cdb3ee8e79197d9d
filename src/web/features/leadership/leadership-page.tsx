import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { followThroughOf, schoolKindFeatures } from '../../../domain/school-kind-features';
import { isApiFailure } from '../../api/client';
import { StaffAccessLogSection } from '../access-report/components/staff-access-log-section';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useImplementation, usePitfalls, useRoutineRhythm, useUnacted, useWheel, useWheelRecords } from './api/use-leadership';
import { ImplementationSection } from './components/implementation-section';
import { PitfallsSection } from './components/pitfalls-section';
import { RoutineRhythmSection } from './components/routine-rhythm-section';
import { UnactedSection } from './components/unacted-section';
import { WheelSection } from './components/wheel-section';
import { NoticeSettingsSection } from '../notices/components/notice-settings-section';
import './leadership.css';

/**
 * Leadership's start page (issue 11, part 9): how well the school follows through — the funnel
 * from identified to back with effect and who nobody has acted on yet, at every school; in
 * videregående the IKO model's seven pitfalls and annual wheel with its responsibility map, in
 * grunnskole the absence routine's rhythm instead (issue 13; docs/decisions/019). Loaded when
 * first opened (router.tsx), so that the chart library stays off the pages a teacher opens every
 * day.
 */
export function LeadershipPage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const session = useSession();
  // The school's kind from the session (a leader's role there carries it); unknown, the page is as it always was.
  const kind = session.roles.find((r) => r.schoolId === schoolId && r.schoolKind)?.schoolKind ?? null;
  const iko = kind === null || followThroughOf(kind) === 'iko';
  const implementation = useImplementation(schoolId);
  const pitfalls = usePitfalls(iko ? schoolId : undefined);
  const unacted = useUnacted(schoolId);
  const wheel = useWheel(iko ? schoolId : undefined);
  const records = useWheelRecords(iko ? schoolId : undefined);
  const rhythm = useRoutineRhythm(iko ? undefined : schoolId);
  const school = implementation.data?.school ?? pitfalls.data?.school ?? wheel.data?.school ?? rhythm.data?.school;
  const failure = [implementation, pitfalls, unacted, wheel, rhythm].map((q) => (isApiFailure(q.error) ? q.error : null)).find((f) => f !== null);
  // The class reports follow the assessment rounds: none where no grades are given (a barneskole).
  const reports = kind === null || schoolKindFeatures(kind).halfYearGrades;
  // Misuse control is the skoleleder's, not the rådgiver's (src/domain/access-policy.ts).
  const leads = session.roles.some((r) => r.role === 'skoleleder' && r.schoolId === schoolId);
  useDocumentTitle(t('leadership.title'));

  if (failure?.code === 'forbidden' || failure?.code === 'not_found') {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('leadership.title')}
        </Heading>
        <Alert data-color="warning" role="alert">
          <Paragraph>{t(failure.code === 'forbidden' ? 'leadership.forbidden' : 'leadership.notFound')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to="/">{t('common.toStart')}</AppLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="stack stack--wide leadership-page">
      <div className="stack stack--tight">
        <Heading level={1} data-size="lg">
          {school ? t('leadership.titleAt', { school: school.name }) : t('leadership.title')}
        </Heading>
        <Paragraph>{t(iko ? 'leadership.intro' : 'leadership.introGrunnskole')}</Paragraph>
        <nav aria-label={t('leadership.contents')}>
          <ul className="link-row">
            {!iko && (
              <li>
                <a href="#fravaersrutinen">{t('leadership.rhythm.heading')}</a>
              </li>
            )}
            <li>
              <a href="#gjennomforing">{t('leadership.implementation.heading')}</a>
            </li>
            {iko && (
              <li>
                <a href="#fallgruver">{t('leadership.pitfalls.heading')}</a>
              </li>
            )}
            <li>
              <a href="#ingen-har-gjort-noe">{t('leadership.unacted.heading')}</a>
            </li>
            {iko && (
              <li>
                <a href="#arshjul">{t('leadership.wheel.heading')}</a>
              </li>
            )}
            <li>
              <a href="#varsler">{t('notices.settings.heading')}</a>
            </li>
            {leads && (
              <li>
                <a href="#kontroll-av-oppslag">{t('accessReport.staff.heading')}</a>
              </li>
            )}
          </ul>
        </nav>
        {schoolId && (
          <ul className="link-row">
            <li>
              <AppLink to={paths.schoolOverview(schoolId)}>{t('leadership.links.overview')}</AppLink>
            </li>
            {iko && (
              <li>
                <AppLink to={paths.ikoWorkspace(schoolId)}>{t('leadership.links.iko')}</AppLink>
              </li>
            )}
            {reports && (
              <li>
                <AppLink to={paths.schoolReports(schoolId)}>{t('leadership.links.reports')}</AppLink>
              </li>
            )}
            <li>
              <AppLink to={paths.measureEffects(schoolId)}>{t('leadership.links.measureEffects')}</AppLink>
            </li>
          </ul>
        )}
      </div>
      {!iko && (
        <Loaded query={rhythm} loading={t('leadership.rhythm.loading')}>
          {(data) => <RoutineRhythmSection rhythm={data} />}
        </Loaded>
      )}
      <Loaded query={implementation} loading={t('leadership.implementation.loading')}>
        {(data) => <ImplementationSection view={data} />}
      </Loaded>
      {iko && (
        <Loaded query={pitfalls} loading={t('leadership.pitfalls.loading')}>
          {(data) => <PitfallsSection view={data} />}
        </Loaded>
      )}
      <Loaded query={unacted} loading={t('leadership.unacted.loading')}>
        {(data) => <UnactedSection board={data} />}
      </Loaded>
      {iko && (
        <Loaded query={wheel} loading={t('leadership.wheel.loading')}>
          {(data) => <WheelSection wheel={data} records={records.data} />}
        </Loaded>
      )}
      {schoolId && <NoticeSettingsSection schoolId={schoolId} mayEdit={leads} />}
      {schoolId && <StaffAccessLogSection schoolId={schoolId} />}
    </div>
  );
}

/** A section once its view is there; until then a loading line, after a failure the error with a retry. */
function Loaded<T>({ query, loading, children }: { query: UseQueryResult<T>; loading: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <LoadingStatus text={loading} />;
  if (query.isError) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
