import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { useFormat } from '../../../i18n/format';
import { StudentCells, useStudentColumns } from './student-cells';
import { WorkspaceTableSection } from './workspace-table-section';

/** The teachers' concern reports, newest first, as they come in. */
export function ReportsSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const studentColumns = useStudentColumns();
  return (
    <WorkspaceTableSection
      heading={t('ikoWorkspace.reports.heading')}
      intro={t('ikoWorkspace.reports.intro')}
      none={t('ikoWorkspace.reports.none')}
      caption={t('ikoWorkspace.reports.caption', { school: workspace.school.name })}
      columns={[
        ...studentColumns,
        { label: t('ikoWorkspace.reports.columns.kind') },
        { label: t('ikoWorkspace.reports.columns.text') },
        { label: t('ikoWorkspace.reports.columns.from') },
        { label: t('ikoWorkspace.reports.columns.at') },
      ]}
      count={workspace.reports.length}
    >
      {workspace.reports.map((r) => (
        <Table.Row key={r.id}>
          <StudentCells student={r.student} />
          <Table.Cell>
            {t(`concernReport.kind.${r.kind}`)}
            {r.subject && <> ({r.subject})</>}
          </Table.Cell>
          <Table.Cell>{r.text}</Table.Cell>
          <Table.Cell>{r.reportedBy}</Table.Cell>
          <Table.Cell>{format.dateTime(r.createdAt)}</Table.Cell>
        </Table.Row>
      ))}
    </WorkspaceTableSection>
  );
}
