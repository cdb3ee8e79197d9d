import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolOverview } from '../../../../shared/api';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';

/** One row per class: who, how many, and absence so far this term. Names no student. */
export function ClassesTable({ overview }: { overview: SchoolOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();

  if (overview.classes.length === 0) return <Paragraph>{t('schoolOverview.noClasses')}</Paragraph>;
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra>
        <caption id={captionId}>{t('schoolOverview.caption', { school: overview.school.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('schoolOverview.columns.class')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('schoolOverview.columns.level')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('schoolOverview.columns.programme')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('schoolOverview.columns.contactTeachers')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('schoolOverview.columns.students')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.days')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.hours')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('schoolOverview.columns.absencePercent')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('schoolOverview.columns.overThreshold')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {overview.classes.map((c) => (
            <Table.Row key={c.id}>
              <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
              <Table.Cell>{c.level ?? <NotGiven />}</Table.Cell>
              <Table.Cell>{c.programme ?? <NotGiven />}</Table.Cell>
              <Table.Cell>{c.contactTeachers.length > 0 ? format.list(c.contactTeachers) : <NotGiven />}</Table.Cell>
              <Table.Cell className="num">{format.number(c.studentCount)}</Table.Cell>
              <Table.Cell className="num">{format.number(c.absence.days)}</Table.Cell>
              <Table.Cell className="num">{format.number(c.absence.hours)}</Table.Cell>
              <Table.Cell className="num">{format.percent(c.absencePercent)}</Table.Cell>
              <Table.Cell className="num">{format.number(c.studentsOverThreshold)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
