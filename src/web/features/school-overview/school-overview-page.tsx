import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { TermSummary } from '../../components/term-summary';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { leadershipSchools, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useSchoolOverview } from './api/use-school-overview';
import { ClassesTable } from './components/classes-table';

/** Skoleoversikt for leadership and rådgiver: the classes with their students' lights and absence this term. */
export function SchoolOverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { schoolId } = useParams();
  const session = useSession();
  const query = useSchoolOverview(schoolId);
  const leads = leadershipSchools(session.roles).some((s) => s.schoolId === schoolId);
  const failure = isApiFailure(query.error) ? query.error : null;

  const title = query.data
    ? t('schoolOverview.titleAt', { school: query.data.school.name })
    : failure?.code === 'forbidden'
      ? t('schoolOverview.forbidden.title')
      : failure?.code === 'not_found' || failure?.code === 'validation_failed'
        ? t('schoolOverview.notFound.title')
        : t('schoolOverview.title');
  useDocumentTitle(title);

  return (
    <div className="stack stack--wide">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('schoolOverview.loading')} />
      ) : failure?.code === 'forbidden' ? (
        <>
          <Alert data-color="warning" role="alert">
            <Paragraph>{t('schoolOverview.forbidden.text')}</Paragraph>
          </Alert>
          <Paragraph>
            <AppLink to="/">{t('common.toStart')}</AppLink>
          </Paragraph>
        </>
      ) : failure?.code === 'not_found' || failure?.code === 'validation_failed' ? (
        <>
          <Alert data-color="info" role="alert">
            <Paragraph>{t('schoolOverview.notFound.text')}</Paragraph>
          </Alert>
          <Paragraph>
            <AppLink to="/">{t('common.toStart')}</AppLink>
          </Paragraph>
        </>
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <div className="stack">
            <TermSummary term={query.data.term} />
            {query.data.term && <Paragraph>{t('schoolOverview.schoolDaysSoFar', { count: query.data.schoolDaysSoFar })}</Paragraph>}
            <Paragraph>
              <AppLink to={paths.measureEffects(query.data.school.id)}>{t('schoolOverview.measureEffectsLink')}</AppLink>
            </Paragraph>
            <ul className="link-row">
              <li>
                <AppLink to={paths.schoolReports(query.data.school.id)}>{t('classReport.schoolLink')}</AppLink>
              </li>
              {leads && (
                <>
                  <li>
                    <AppLink to={paths.monthlyCheck(query.data.school.id)}>{t('schoolOverview.monthlyCheckLink')}</AppLink>
                  </li>
                  <li>
                    <AppLink to={paths.imports(query.data.school.id)}>{t('schoolOverview.importLink')}</AppLink>
                  </li>
                </>
              )}
            </ul>
          </div>
          <Alert data-color="info" className="stack">
            <Heading level={2} data-size="2xs">
              {t('schoolOverview.aboutHeading')}
            </Heading>
            <Paragraph>{t('schoolOverview.thresholdExplanation')}</Paragraph>
            <Paragraph>{t('schoolOverview.percentExplanation', { example: format.percent(10) })}</Paragraph>
            <Paragraph>{t('schoolOverview.lightsExplanation')}</Paragraph>
          </Alert>
          <ClassesTable overview={query.data} />
        </>
      )}
    </div>
  );
}
