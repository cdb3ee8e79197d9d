import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MeasureEffectsView } from '../../../../shared/measure-effect-api';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

type Verdict = MeasureEffectsView['measures'][number]['verdict'];

/** The colour only repeats the verdict's words; a claim is coloured, "too few" and "no difference" are not. */
const verdictColour: Record<Verdict, 'neutral' | 'success' | 'warning'> = {
  too_few: 'neutral',
  nothing_to_compare: 'neutral',
  no_clear_difference: 'neutral',
  more_often: 'success',
  less_often: 'warning',
};

/**
 * One row per measure named in the school's signed plans: how many plans, how many were followed by
 * improved, unchanged or worse attendance, and what the numbers can say. Names no student.
 */
export function MeasureEffectsTable({ effects }: { effects: MeasureEffectsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (effects.measures.length === 0) return <Paragraph>{t('measureEffects.none')}</Paragraph>;
  return (
    <DataTable
      caption={t('measureEffects.caption')}
      columns={[
        { label: t('measureEffects.columns.measure') },
        { label: t('measureEffects.columns.plans'), numeric: true },
        { label: t('measureEffects.columns.improved'), numeric: true },
        { label: t('measureEffects.columns.unchanged'), numeric: true },
        { label: t('measureEffects.columns.worse'), numeric: true },
        { label: t('measureEffects.columns.noRoom'), numeric: true },
        { label: t('measureEffects.columns.noFigure'), numeric: true },
        { label: t('measureEffects.columns.verdict') },
      ]}
    >
      {effects.measures.map((m) => (
        <Table.Row key={m.code}>
          <Table.HeaderCell scope="row">{m.title}</Table.HeaderCell>
          <Table.Cell className="num">{format.number(m.plans)}</Table.Cell>
          <Table.Cell className="num">{t('measureEffects.ofComparable', { count: m.comparable, improved: format.number(m.improved), comparable: format.number(m.comparable) })}</Table.Cell>
          <Table.Cell className="num">{format.number(m.unchanged)}</Table.Cell>
          <Table.Cell className="num">{format.number(m.worse)}</Table.Cell>
          <Table.Cell className="num">{format.number(m.noRoom)}</Table.Cell>
          <Table.Cell className="num">{format.number(m.noFigure)}</Table.Cell>
          <Table.Cell>
            <Tag data-color={verdictColour[m.verdict]} data-size="sm">
              {t(`measureEffects.verdict.${m.verdict}`)}
            </Tag>
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}
