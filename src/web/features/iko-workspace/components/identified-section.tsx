import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { AppLink } from '../../../components/app-link';
import { NotGiven } from '../../../components/not-given';
import { SignalLight } from '../../../components/signal-light';
import { casePaths } from '../../cases/case-paths';
import { StudentCells, useStudentColumns } from './student-cells';
import { WorkspaceTableSection } from './workspace-table-section';

/** The students identified so far, with their light, open case and whether its plan is signed. */
export function IdentifiedSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const studentColumns = useStudentColumns();
  return (
    <WorkspaceTableSection
      heading={t('ikoWorkspace.identified.heading')}
      none={t('ikoWorkspace.identified.none')}
      caption={t('ikoWorkspace.identified.caption', { count: workspace.identified.length })}
      columns={[
        ...studentColumns,
        { label: t('myStudents.columns.status') },
        { label: t('ikoWorkspace.identified.columns.case') },
        { label: t('ikoWorkspace.identified.columns.plan') },
      ]}
      count={workspace.identified.length}
    >
      {workspace.identified.map((row) => (
        <Table.Row key={row.student.id}>
          <StudentCells student={row.student} />
          <Table.Cell>
            <SignalLight signal={row.signal} />
          </Table.Cell>
          <Table.Cell>
            {row.openCase ? (
              <AppLink to={casePaths.ofKind(row.openCase.kind, row.openCase.id)}>
                {t(`caseKind.${row.openCase.kind}`, { defaultValue: row.openCase.kind })}: {t(`caseStep.${row.openCase.step}`, { defaultValue: row.openCase.step })}
              </AppLink>
            ) : (
              t('ikoWorkspace.identified.noCase')
            )}
          </Table.Cell>
          <Table.Cell>{row.openCase ? (row.openCase.hasSignedPlan ? t('ikoWorkspace.identified.planSigned') : t('ikoWorkspace.identified.noSignedPlan')) : <NotGiven />}</Table.Cell>
        </Table.Row>
      ))}
    </WorkspaceTableSection>
  );
}
