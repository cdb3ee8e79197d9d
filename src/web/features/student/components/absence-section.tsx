import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { TermSummary } from '../../../components/term-summary';
import { useFormat } from '../../../i18n/format';

type AbsenceRecord = StudentDetail['absence'][number];

/**
 * Absence this term: the totals (whole days, single lessons, every lesson missed and the
 * undocumented among them: src/domain/absence-totals.ts), then every record.
 */
export function AbsenceSection({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const totals = student.absenceTotals;
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });

  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {t('absence.heading')}
      </Heading>
      <TermSummary term={student.term} />
      <dl className="totals">
        <div>
          <dt>{t('absence.totals.days')}</dt>
          <dd>{format.number(totals.days)}</dd>
        </div>
        <div>
          <dt>{t('absence.totals.hours')}</dt>
          <dd>{format.number(totals.hours)}</dd>
        </div>
        <div>
          <dt>{t('absence.totals.lessonsMissed')}</dt>
          <dd>{format.number(totals.lessonsMissed)}</dd>
        </div>
        <div>
          <dt>{t('absence.totals.undocumentedHours')}</dt>
          <dd>{format.number(totals.undocumentedHours)}</dd>
        </div>
        <div>
          <dt>{t('absence.totals.lateArrivals')}</dt>
          <dd>{format.number(totals.lateArrivals)}</dd>
        </div>
      </dl>

      {student.absence.length === 0 ? (
        <Paragraph>{t('absence.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={captionId}>
          <Table border zebra>
            <caption id={captionId}>{t('absence.caption', { name: studentName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('absence.columns.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.subject')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('absence.columns.extent')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.type')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.cause')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.noticeFromHome')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('absence.columns.registeredBy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {student.absence.map((record) => (
                <Table.Row key={record.id}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    {format.date(record.date)}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <When record={record} />
                  </Table.Cell>
                  <Table.Cell>{record.subjectName ?? <NotGiven />}</Table.Cell>
                  <Table.Cell className="num nowrap">
                    <Extent record={record} />
                  </Table.Cell>
                  <Table.Cell>{t(`absenceType.${record.type}`)}</Table.Cell>
                  <Table.Cell>{record.cause ?? <NotGiven />}</Table.Cell>
                  <Table.Cell>{record.noticeFromHome ? t('common.yes') : t('common.no')}</Table.Cell>
                  <Table.Cell>{record.registeredBy ?? <NotGiven />}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function When({ record }: { record: AbsenceRecord }) {
  const { t } = useTranslation();
  if (record.scope === 'dag') return <>{t('absenceScope.dag')}</>;
  return <>{record.lessonNumber === null ? t('absenceScope.time') : t('absenceScope.lesson', { number: record.lessonNumber })}</>;
}

function Extent({ record }: { record: AbsenceRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (record.minutesLate !== null) {
    return <>{t('absence.minutesLate', { count: record.minutesLate, minutes: format.number(record.minutesLate) })}</>;
  }
  return <>{t('absence.hoursCount', { count: record.hours, hours: format.number(record.hours) })}</>;
}
