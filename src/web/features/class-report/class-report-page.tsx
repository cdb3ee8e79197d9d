import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ClassReport } from '../../../shared/report-api';
import { AppLink } from '../../components/app-link';
import { useFormat } from '../../i18n/format';
import { overviewSchools, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { classReportFilePath } from './api/report-client';
import { useClassReport } from './api/use-reports';
import { ReportPageFrame } from './components/report-page-frame';
import { AbsenceTable, AtRiskTable, SubjectsTable } from './components/report-tables';
import { LimitNote, RoundNav } from './components/round-nav';
import { roundParam } from './components/round-param';

/**
 * A class's report after an assessment round (the IKO seed's "rapporteringsfunksjon"), for the
 * class's contact teacher, the rådgiver and leadership: per subject the grades and the absence
 * against the limit, the students at risk of 1 or IV in several subjects, and each student's
 * absence near or over the limit; to print as PDF and to export as a spreadsheet.
 */
export function ClassReportPage() {
  const { t } = useTranslation();
  const { classId } = useParams();
  const [search] = useSearchParams();
  const query = useClassReport(classId, roundParam(search.get('runde')));
  return (
    <ReportPageFrame
      query={query}
      titles={{
        loaded: (report) => (report.round ? t('classReport.titleFor', { group: report.class.name, round: t(`classReport.rounds.${report.round.round}`) }) : t('classReport.title')),
        forbidden: t('classReport.forbidden.title'),
        notFound: t('classReport.notFound.title'),
        pending: t('classReport.title'),
      }}
      texts={{ loading: t('classReport.loading'), forbidden: t('classReport.forbidden.text'), notFound: t('classReport.notFound.text') }}
    >
      {(report) => <ClassReportBody report={report} />}
    </ReportPageFrame>
  );
}

function ClassReportBody({ report }: { report: ClassReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const leads = overviewSchools(session.roles).some((s) => s.schoolId === report.school.id);
  const round = report.round;
  return (
    <>
      <div className="stack">
        {report.class.contactTeachers.length > 0 && <Paragraph>{t('classReport.contactTeachers', { names: format.list(report.class.contactTeachers) })}</Paragraph>}
        <RoundNav report={report} pathFor={(r) => paths.classReport(report.class.id, r)} />
        <LimitNote limit={report.limit} />
        {leads && (
          <Paragraph>
            <AppLink to={paths.schoolReports(report.school.id, round?.round)}>{t('classReport.toSchool')}</AppLink>
          </Paragraph>
        )}
      </div>
      {round && (
        <>
          <section className="stack" aria-labelledby="report-downloads">
            <Heading level={2} data-size="xs" id="report-downloads">
              {t('classReport.downloads')}
            </Heading>
            <ul className="link-row">
              {(['nb', 'nn'] as const).map((language) => (
                <li key={language}>
                  <Link href={classReportFilePath(report.class.id, 'pdf', round.round, language)}>{t(`classReport.pdf.${language}`)}</Link>
                </li>
              ))}
              <li>
                <Link href={classReportFilePath(report.class.id, 'xlsx', round.round, 'nb')} download>
                  {t('classReport.xlsx')}
                </Link>
              </li>
            </ul>
          </section>
          <section className="stack" aria-labelledby="report-summary">
            <Heading level={2} data-size="sm" id="report-summary">
              {t('classReport.summaryHeading')}
            </Heading>
            <dl className="totals">
              {(
                [
                  ['graded', t('classReport.totals.graded')],
                  ['grade1', t('classReport.totals.grade1')],
                  ['iv', t('classReport.totals.iv')],
                  ['studentsWithLowGrade', t('classReport.totals.studentsWithLowGrade')],
                  ['studentsAtRisk', t('classReport.totals.studentsAtRisk', { count: report.severalSubjects })],
                  ...(report.limit
                    ? ([
                        ['overLimit', t('classReport.totals.overLimit')],
                        ['studentsOverLimit', t('classReport.totals.studentsOverLimit')],
                      ] as const)
                    : []),
                ] as const
              ).map(([key, label]) => (
                <div key={key}>
                  <dt>{label}</dt>
                  <dd>{format.number(report.totals[key])}</dd>
                </div>
              ))}
            </dl>
          </section>
          <SubjectsTable report={report} roundName={t(`classReport.rounds.${round.round}`)} />
          <AtRiskTable report={report} />
          {report.limit && <AbsenceTable report={report} />}
        </>
      )}
    </>
  );
}
