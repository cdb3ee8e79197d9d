import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { SchoolReports } from '../../../shared/report-api';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { NotGiven } from '../../components/not-given';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/home-path';
import { useSchoolReports } from './api/use-reports';
import { ReportPageFrame } from './components/report-page-frame';
import { LimitNote, RoundNav } from './components/round-nav';
import { roundParam } from './components/round-param';

/**
 * Leadership's view of an assessment round: every class of the school in figures, without a
 * name — grades given, 1 and IV, students at risk in several subjects, absence over the limit —
 * each class leading to its report by name.
 */
export function SchoolReportsPage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const [search] = useSearchParams();
  const query = useSchoolReports(schoolId, roundParam(search.get('runde')));
  return (
    <ReportPageFrame
      query={query}
      titles={{
        loaded: (reports) => t('classReport.schoolTitleAt', { school: reports.school.name }),
        forbidden: t('classReport.forbidden.title'),
        notFound: t('classReport.notFound.title'),
        pending: t('classReport.schoolTitle'),
      }}
      texts={{ loading: t('classReport.loading'), forbidden: t('classReport.forbidden.schoolText'), notFound: t('classReport.notFound.text') }}
    >
      {(reports) => <SchoolReportsBody reports={reports} />}
    </ReportPageFrame>
  );
}

const columns = ['graded', 'grade1', 'iv', 'studentsWithLowGrade', 'studentsAtRisk', 'overLimit', 'studentsOverLimit'] as const;

function SchoolReportsBody({ reports }: { reports: SchoolReports }) {
  const { t } = useTranslation();
  const format = useFormat();
  const round = reports.round;
  const shown = columns.filter((c) => reports.limit !== null || (c !== 'overLimit' && c !== 'studentsOverLimit'));
  return (
    <>
      <div className="stack">
        <RoundNav report={reports} pathFor={(r) => paths.schoolReports(reports.school.id, r)} />
        <LimitNote limit={reports.limit} />
        {round && <Paragraph>{t('classReport.schoolExplanation')}</Paragraph>}
      </div>
      {round &&
        (reports.classes.length === 0 ? (
          <Paragraph>{t('classReport.classes.none')}</Paragraph>
        ) : (
          <DataTable
            caption={t('classReport.classes.caption', { school: reports.school.name, round: t(`classReport.rounds.${round.round}`) })}
            columns={[
              { label: t('classReport.classes.class') },
              { label: t('classReport.classes.contactTeachers') },
              { label: t('classReport.classes.students'), numeric: true },
              ...shown.map((c) => ({ label: t(`classReport.classes.${c}`), numeric: true })),
            ]}
          >
            {reports.classes.map((c) => (
              <Table.Row key={c.id}>
                <Table.HeaderCell scope="row">
                  <AppLink to={paths.classReport(c.id, round.round)}>{c.name}</AppLink>
                </Table.HeaderCell>
                <Table.Cell>{c.contactTeachers.length > 0 ? format.list(c.contactTeachers) : <NotGiven />}</Table.Cell>
                <Table.Cell className="num">{format.number(c.studentCount)}</Table.Cell>
                {shown.map((key) => (
                  <Table.Cell key={key} className="num">
                    {format.number(c.totals[key])}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{t('classReport.classes.total')}</Table.HeaderCell>
              <Table.Cell />
              <Table.Cell className="num">{format.number(reports.classes.reduce((sum, c) => sum + c.studentCount, 0))}</Table.Cell>
              {shown.map((key) => (
                <Table.Cell key={key} className="num">
                  {format.number(reports.totals[key])}
                </Table.Cell>
              ))}
            </Table.Row>
          </DataTable>
        ))}
    </>
  );
}
