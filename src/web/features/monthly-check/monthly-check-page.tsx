import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MonthlyCheck } from '../../../shared/api';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { NotGiven } from '../../components/not-given';
import { Refusal } from '../../components/refusal';
import { ScrollTable } from '../../components/scroll-table';
import { usePageOutcome } from '../../components/use-page-outcome';
import { useFormat } from '../../i18n/format';
import { todayInNorway } from '../../lib/dates';
import { paths } from '../../lib/home-path';
import { useMonthlyCheck } from './api/use-monthly-check';

type Undocumented = MonthlyCheck['undocumented'][number];

/**
 * Månedssjekken (rektor with the school-environment team): the causes of absence this month,
 * and the students with undocumented absence, each with the summons to a conversation with the
 * guardians that it calls for.
 */
export function MonthlyCheckPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { schoolId } = useParams();
  const query = useMonthlyCheck(schoolId);
  const causesId = useId();
  const undocumentedId = useId();
  const { refusal, title } = usePageOutcome(query, {
    loaded: (check) => t('monthlyCheck.titleAt', { school: check.school.name }),
    forbidden: t('monthlyCheck.forbidden.title'),
    notFound: t('schoolOverview.notFound.title'),
    pending: t('monthlyCheck.title'),
  });
  const check = query.data;
  const withoutSummons = check?.undocumented.filter((u) => !u.summonsTask || !u.summonsTask.done).length ?? 0;

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {check && (
          <>
            <Paragraph>{t('monthlyCheck.month', { from: format.date(check.month.from), to: format.date(check.month.to) })}</Paragraph>
            <Paragraph>
              <AppLink to={paths.schoolOverview(check.school.id)}>{t('monthlyCheck.backToOverview')}</AppLink>
            </Paragraph>
          </>
        )}
      </div>
      {query.isPending ? (
        <LoadingStatus text={t('monthlyCheck.loading')} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? t('monthlyCheck.forbidden.text') : t('schoolOverview.notFound.text')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <Alert data-color="info" className="stack stack--tight">
            <Heading level={2} data-size="2xs">
              {t('monthlyCheck.howHeading')}
            </Heading>
            <Paragraph>{t('monthlyCheck.how')}</Paragraph>
          </Alert>

          <section className="stack">
            <Heading level={2} data-size="md">
              {t('monthlyCheck.causesHeading')}
            </Heading>
            {check!.causes.length === 0 ? (
              <Paragraph>{t('monthlyCheck.noCauses')}</Paragraph>
            ) : (
              <ScrollTable captionId={causesId}>
                <Table border zebra>
                  <caption id={causesId}>{t('monthlyCheck.causesCaption', { school: check!.school.name })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('absence.columns.type')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="num">
                        {t('monthlyCheck.columns.records')}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="num">
                        {t('absence.totals.hours')}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {check!.causes.map((cause) => (
                      <Table.Row key={cause.type}>
                        <Table.HeaderCell scope="row">{t(`absenceType.${cause.type}`)}</Table.HeaderCell>
                        <Table.Cell className="num">{format.number(cause.records)}</Table.Cell>
                        <Table.Cell className="num">{format.number(cause.hours)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollTable>
            )}
          </section>

          <section className="stack">
            <Heading level={2} data-size="md">
              {t('monthlyCheck.undocumentedHeading')}
            </Heading>
            {check!.undocumented.length === 0 ? (
              <Paragraph>{t('monthlyCheck.noUndocumented')}</Paragraph>
            ) : (
              <>
                <Paragraph>
                  {t('monthlyCheck.undocumentedSummary', { count: check!.undocumented.length })}{' '}
                  {withoutSummons > 0 && <strong>{t('monthlyCheck.summonsOutstanding', { count: withoutSummons })}</strong>}
                </Paragraph>
                <ScrollTable captionId={undocumentedId}>
                  <Table border zebra>
                    <caption id={undocumentedId}>{t('monthlyCheck.undocumentedCaption', { school: check!.school.name })}</caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t('myStudents.columns.student')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('schoolOverview.columns.class')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col" className="num">
                          {t('monthlyCheck.columns.days')}
                        </Table.HeaderCell>
                        <Table.HeaderCell scope="col" className="num">
                          {t('absence.totals.undocumentedHours')}
                        </Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('monthlyCheck.columns.summons')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {check!.undocumented.map((row) => (
                        <UndocumentedRow key={row.student.id} row={row} />
                      ))}
                    </Table.Body>
                  </Table>
                </ScrollTable>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function UndocumentedRow({ row }: { row: Undocumented }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { student, summonsTask } = row;
  const overdue = summonsTask && !summonsTask.done && summonsTask.dueOn < todayInNorway();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink to={paths.student(student.id)}>{t('common.personName', { given: student.givenName, family: student.familyName })}</AppLink>
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
    </Table.Row>
  );
}
