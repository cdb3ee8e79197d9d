import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AbsenceType } from '../../../../domain/vocabulary';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

/** The causes of absence in a period: records and lessons per type (the monthly and semester checks). */
export function CausesTable({ causes, caption, empty }: { causes: ReadonlyArray<{ type: AbsenceType; records: number; hours: number }>; caption: string; empty: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (causes.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t('absence.columns.type') },
        { label: t('monthlyCheck.columns.records'), numeric: true },
        { label: t('absence.totals.lessonsMissed'), numeric: true },
      ]}
    >
      {causes.map((cause) => (
        <Table.Row key={cause.type}>
          <Table.HeaderCell scope="row">{t(`absenceType.${cause.type}`)}</Table.HeaderCell>
          <Table.Cell className="num">{format.number(cause.records)}</Table.Cell>
          <Table.Cell className="num">{format.number(cause.hours)}</Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
