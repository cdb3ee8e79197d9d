import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { MonthlyCheckView } from '../../../shared/workspace-api';
import { AppLink } from '../../components/app-link';
import { NotGiven } from '../../components/not-given';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { todayInNorway } from '../../lib/dates';
import { paths } from '../../lib/home-path';
import { useMonthlyCheck } from '../checks/api/use-checks';
import { CausesTable } from '../checks/components/causes-table';
import { CheckDoneSection } from '../checks/components/check-done-section';
import { CheckPage } from '../checks/components/check-page';
import { CheckPeriodNav, daysFromTo } from '../checks/components/check-period-nav';
import { MonthPicker } from '../checks/components/month-picker';
import { RowActions } from '../checks/components/row-actions';

type Undocumented = MonthlyCheckView['undocumented'][number];

/**
 * Månedssjekken (rektor with the school-environment team): the causes of absence in the month
 * chosen — the days the monthly check's rule looks back over, up to the month's last day or today
 * — and the students with undocumented absence, each with the summons to a conversation with the
 * guardians that it calls for and a way to act; and the record of the check.
 */
export function MonthlyCheckPage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const [search] = useSearchParams();
  const query = useMonthlyCheck(schoolId, search.get('dato'));
  return (
    <CheckPage
      query={query}
      titles={{
        loaded: (check) => t('monthlyCheck.titleAt', { school: check.school.name }),
        forbidden: t('monthlyCheck.forbidden.title'),
        notFound: t('schoolOverview.notFound.title'),
        pending: t('monthlyCheck.title'),
      }}
      texts={{ loading: t('monthlyCheck.loading'), forbidden: t('monthlyCheck.forbidden.text'), notFound: t('schoolOverview.notFound.text') }}
      header={(check) => (
        <>
          <CheckPeriodNav kind="manedssjekk" period={check.period} pathOn={(on) => paths.monthlyCheckOn(check.school.id, on)} currentPath={paths.monthlyCheck(check.school.id)} />
          <MonthPicker key={check.period.to.slice(0, 7)} shown={check.period.to.slice(0, 7)} pathOn={(on) => paths.monthlyCheckOn(check.school.id, on)} />
          <Paragraph>
            <AppLink to={paths.schoolOverview(check.school.id)}>{t('monthlyCheck.backToOverview')}</AppLink>
          </Paragraph>
        </>
      )}
    >
      {(check) => <MonthlyCheckBody check={check} />}
    </CheckPage>
  );
}

function MonthlyCheckBody({ check }: { check: MonthlyCheckView }) {
  const { t } = useTranslation();
  const withoutSummons = check.undocumented.filter((u) => !u.summonsTask || !u.summonsTask.done).length;
  return (
    <>
      <Alert data-color="info" className="stack stack--tight">
        <Heading level={2} data-size="2xs">
          {t('monthlyCheck.howHeading')}
        </Heading>
        <Paragraph>{t('monthlyCheck.how')}</Paragraph>
        <Paragraph>{t('monthlyCheck.window', { days: daysFromTo(check.period) })}</Paragraph>
      </Alert>

      <section className="stack">
        <Heading level={2} data-size="md">
          {t('monthlyCheck.causesHeading')}
        </Heading>
        <CausesTable causes={check.causes} caption={t('monthlyCheck.causesCaption', { school: check.school.name })} empty={t('monthlyCheck.noCauses')} />
      </section>

      <section className="stack">
        <Heading level={2} data-size="md">
          {t('monthlyCheck.undocumentedHeading')}
        </Heading>
        {check.undocumented.length === 0 ? (
          <Paragraph>{t('monthlyCheck.noUndocumented')}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {t('monthlyCheck.undocumentedSummary', { count: check.undocumented.length })}{' '}
              {withoutSummons > 0 && <strong>{t('monthlyCheck.summonsOutstanding', { count: withoutSummons })}</strong>}
            </Paragraph>
            <DataTable
              caption={t('monthlyCheck.undocumentedCaption', { school: check.school.name })}
              columns={[
                { label: t('myStudents.columns.student') },
                { label: t('schoolOverview.columns.class') },
                { label: t('monthlyCheck.columns.days'), numeric: true },
                { label: t('absence.totals.undocumentedHours'), numeric: true },
                { label: t('monthlyCheck.columns.summons') },
                { label: t('checks.actions.column') },
              ]}
            >
              {check.undocumented.map((row) => (
                <UndocumentedRow key={row.student.id} row={row} />
              ))}
            </DataTable>
          </>
        )}
      </section>

      <CheckDoneSection schoolId={check.school.id} kind="manedssjekk" period={check.period} resourcePersons={check.resourcePersons} />
    </>
  );
}

function UndocumentedRow({ row }: { row: Undocumented }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { student, summonsTask } = row;
  const overdue = summonsTask && !summonsTask.done && summonsTask.dueOn < todayInNorway();
  const name = t('common.personName', { given: student.givenName, family: student.familyName });
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink to={paths.student(student.id)}>{name}</AppLink>
      </Table.HeaderCell>
      <Table.Cell>{student.className ?? <NotGiven />}</Table.Cell>
      <Table.Cell className="num">{format.number(row.dates)}</Table.Cell>
      <Table.Cell className="num">{format.number(row.hours)}</Table.Cell>
      <Table.Cell>
        {!summonsTask ? (
          t('monthlyCheck.summons.none')
        ) : summonsTask.done ? (
          t('monthlyCheck.summons.done')
        ) : (
          <>
            {t('monthlyCheck.summons.due', { date: format.date(summonsTask.dueOn) })}
            {overdue && (
              <>
                {' '}
                <Tag data-color="danger" data-size="sm">
                  {t('tasks.overdue')}
                </Tag>
              </>
            )}
          </>
        )}
      </Table.Cell>
      <Table.Cell>
        <RowActions studentId={student.id} studentName={name} summonsDue={!!summonsTask && !summonsTask.done} />
      </Table.Cell>
    </Table.Row>
  );
}
