import { Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AbsenceTeam, AbsenceTeamFiguresView } from '../../../../shared/owner-api';
import { ScrollTable } from '../../../components/scroll-table';
import { useLevelLabel } from '../../../components/use-level-label';

export type FigureColumn = { label: string; cell: (figures: AbsenceTeamFiguresView) => ReactNode };

/**
 * One of the absence team's figures for every school: each school a group of rows, its own row
 * (the whole school) heading its trinn, and the owner's total last. Row headers name the school or
 * the trinn, so a screen reader reads each cell with both.
 */
export function AbsenceTeamTable({ data, caption, columns }: { data: AbsenceTeam; caption: string; columns: readonly FigureColumn[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const levelLabel = useLevelLabel();
  const cells = (figures: AbsenceTeamFiguresView) =>
    columns.map((c, index) => (
      <Table.Cell key={index} className="num">
        {c.cell(figures)}
      </Table.Cell>
    ));
  return (
    <ScrollTable captionId={captionId}>
      <Table border className="absence-team-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('ownerAbsence.columns.where')}</Table.HeaderCell>
            {columns.map((c, index) => (
              <Table.HeaderCell key={index} scope="col" className="num">
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        {data.schools.map((school) => (
          <Table.Body key={school.id}>
            <Table.Row className="absence-team-table__school">
              <Table.HeaderCell scope="rowgroup">{t('ownerAbsence.wholeSchool', { school: school.name })}</Table.HeaderCell>
              {cells(school.total)}
            </Table.Row>
            {school.levels.map((row) => (
              <Table.Row key={row.level ?? 'none'} className="absence-team-table__level">
                <Table.HeaderCell scope="row">{row.level === null ? t('ownerAbsence.noClass') : levelLabel(school.kind, row.level)}</Table.HeaderCell>
                {cells(row)}
              </Table.Row>
            ))}
          </Table.Body>
        ))}
        <Table.Body>
          <Table.Row className="absence-team-table__total">
            <Table.HeaderCell scope="row">{t('ownerAbsence.allSchools', { owner: data.owner.name })}</Table.HeaderCell>
            {cells(data.total)}
          </Table.Row>
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
