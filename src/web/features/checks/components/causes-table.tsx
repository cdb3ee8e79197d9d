import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceType } from '../../../../domain/vocabulary';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';

/** The causes of absence in a period: records and lessons per type (the monthly and semester checks). */
export function CausesTable({ causes, caption, empty }: { causes: ReadonlyArray<{ type: AbsenceType; records: number; hours: number }>; caption: string; empty: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  if (causes.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ScrollTable captionId={id}>
      <Table border zebra>
        <caption id={id}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('absence.columns.type')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('monthlyCheck.columns.records')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('absence.totals.lessonsMissed')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {causes.map((cause) => (
            <Table.Row key={cause.type}>
              <Table.HeaderCell scope="row">{t(`absenceType.${cause.type}`)}</Table.HeaderCell>
              <Table.Cell className="num">{format.number(cause.records)}</Table.Cell>
              <Table.Cell className="num">{format.number(cause.hours)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
