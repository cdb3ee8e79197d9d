import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { SemesterCheck } from '../../../shared/workspace-api';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { NotGiven } from '../../components/not-given';
import { SignalLight } from '../../components/signal-light';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/home-path';
import { useSemesterCheck } from './api/use-checks';
import { CausesTable } from './components/causes-table';
import { CheckDoneSection } from './components/check-done-section';
import { CheckPage } from './components/check-page';
import { CheckPeriodNav } from './components/check-period-nav';
import { RowActions } from './components/row-actions';
import { SystemMeetingAgenda } from './components/system-meeting-agenda';

const semesterPathOn = (schoolId: string, on: string) => `${paths.semesterCheck(schoolId)}?dato=${encodeURIComponent(on)}`;

/**
 * The semester check (leadership, at the end of each term): the term's causes of absence, the
 * students with a worrying pattern, a red light or absence over the borderline, a way to act from
 * each, the agenda of the system meeting with its item "Status på fravær" (counts, no names,
 * printable), and the record of the check: the meeting's day, who took part and the item's record.
 */
export function SemesterCheckPage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const [search] = useSearchParams();
  const query = useSemesterCheck(schoolId, search.get('dato'));
  return (
    <CheckPage
      query={query}
      titles={{
        loaded: (check) => t('checks.semester.titleAt', { school: check.school.name }),
        forbidden: t('checks.semester.forbidden.title'),
        notFound: t('checks.semester.notFound.title'),
        pending: t('checks.semester.title'),
      }}
      texts={{ loading: t('checks.semester.loading'), forbidden: t('checks.semester.forbidden.text'), notFound: t('checks.semester.notFound.text') }}
      header={(check) => (
        <>
          <CheckPeriodNav kind="semestersjekk" period={check.period} pathOn={(on) => semesterPathOn(check.school.id, on)} currentPath={paths.semesterCheck(check.school.id)} />
          <Paragraph>
            <AppLink to={paths.schoolOverview(check.school.id)}>{t('monthlyCheck.backToOverview')}</AppLink>
          </Paragraph>
        </>
      )}
    >
      {(check) => <SemesterCheckBody check={check} />}
    </CheckPage>
  );
}

function SemesterCheckBody({ check }: { check: SemesterCheck }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Alert data-color="info" className="stack stack--tight">
        <Heading level={2} data-size="2xs">
          {t('checks.semester.howHeading')}
        </Heading>
        <Paragraph>{t('checks.semester.how')}</Paragraph>
      </Alert>

      <section className="stack">
        <Heading level={2} data-size="md">
          {t('checks.semester.causesHeading')}
        </Heading>
        <CausesTable causes={check.causes} caption={t('checks.semester.causesCaption', { school: check.school.name })} empty={t('checks.semester.noCauses')} />
      </section>

      <section className="stack">
        <Heading level={2} data-size="md">
          {t('checks.semester.studentsHeading')}
        </Heading>
        {check.students.length === 0 ? (
          <Paragraph>{t('checks.semester.noStudents')}</Paragraph>
        ) : (
          <DataTable
            caption={t('checks.semester.studentsCaption', { school: check.school.name })}
            columns={[
              { label: t('myStudents.columns.student') },
              { label: t('schoolOverview.columns.class') },
              { label: t('myStudents.columns.status') },
              { label: t('checks.semester.columns.pattern') },
              { label: t('absence.totals.days'), numeric: true },
              { label: t('absence.totals.hours'), numeric: true },
              { label: t('absence.totals.undocumentedHours'), numeric: true },
              { label: t('checks.actions.column') },
            ]}
          >
            {check.students.map((row) => {
              const name = t('common.personName', { given: row.student.givenName, family: row.student.familyName });
              return (
                <Table.Row key={row.student.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={paths.student(row.student.id)}>{name}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{row.student.className ?? <NotGiven />}</Table.Cell>
                  <Table.Cell>
                    <SignalLight signal={row.signal} />
                  </Table.Cell>
                  <Table.Cell>{row.pattern ? t('checks.semester.pattern') : t('checks.semester.noPattern')}</Table.Cell>
                  <Table.Cell className="num">{format.number(row.days)}</Table.Cell>
                  <Table.Cell className="num">{format.number(row.hours)}</Table.Cell>
                  <Table.Cell className="num">{format.number(row.undocumentedHours)}</Table.Cell>
                  <Table.Cell>
                    <RowActions studentId={row.student.id} studentName={name} caseId={row.openCaseId} />
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </DataTable>
        )}
      </section>

      <SystemMeetingAgenda check={check} />

      <CheckDoneSection schoolId={check.school.id} kind="semestersjekk" period={check.period} resourcePersons={check.resourcePersons} />
    </>
  );
}
