import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { AppLink } from '../../../components/app-link';
import { NotGiven } from '../../../components/not-given';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';
import { StudentCells, useStudentColumns } from './student-cells';
import { WorkspaceTableSection } from './workspace-table-section';

/** The intake priority list for the start of the year: who to hold an intake conversation with first. */
export function IntakeSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const studentColumns = useStudentColumns();
  const orNotGiven = (value: number | null, show: (v: number) => string) => (value === null ? <NotGiven /> : show(value));
  return (
    <WorkspaceTableSection
      heading={t('ikoWorkspace.intake.heading')}
      intro={workspace.schoolYearStartsOn ? t('ikoWorkspace.intake.introWithStart', { date: format.date(workspace.schoolYearStartsOn) }) : t('ikoWorkspace.intake.intro')}
      none={t('ikoWorkspace.intake.none')}
      caption={t('ikoWorkspace.intake.caption', { count: workspace.intake.length })}
      columns={[
        { label: t('ikoWorkspace.intake.columns.rank'), numeric: true },
        ...studentColumns,
        { label: t('ikoWorkspace.intake.columns.criteria') },
        { label: t('ikoWorkspace.intake.columns.gradeAverage'), numeric: true },
        { label: t('ikoWorkspace.intake.columns.choice'), numeric: true },
        { label: t('ikoWorkspace.intake.columns.absence'), numeric: true },
        { label: t('ikoWorkspace.intake.columns.formerSchool') },
      ]}
      count={workspace.intake.length}
    >
      {workspace.intake.map((row) => (
        <Table.Row key={row.student.id}>
          <Table.Cell className="num">{format.number(row.rank)}</Table.Cell>
          <StudentCells student={row.student} />
          <Table.Cell>
            <ul className="plain-list">
              {row.criteria.map((c) => (
                <li key={c}>
                  {t(`ruleCode.${c}`)}
                  {c === 'inntak_karakter' && row.subjectsWithGrade1OrMissing.length > 0 && <> ({row.subjectsWithGrade1OrMissing.join(', ')})</>}
                </li>
              ))}
              {row.formerSchool && <li>{t('ikoWorkspace.intake.followedUpBefore')}</li>}
            </ul>
          </Table.Cell>
          <Table.Cell className="num">{orNotGiven(row.gradeAverage, format.number)}</Table.Cell>
          <Table.Cell className="num">{orNotGiven(row.admittedChoice, format.number)}</Table.Cell>
          <Table.Cell className="num">{orNotGiven(row.lowerSecondaryAbsencePercent, format.percent)}</Table.Cell>
          <Table.Cell>{row.formerSchool ? <FormerSchoolCell studentId={row.student.id} formerSchool={row.formerSchool} /> : <NotGiven />}</Table.Cell>
        </Table.Row>
      ))}
    </WorkspaceTableSection>
  );
}

/**
 * The former school (avgiverskolen) with a follow-up to pass on, and where the overgang stands: to
 * the student page's "Fra forrige skole" (src/web/features/overgang/components/incoming-section.tsx),
 * where the counsellor asks for it or reads it.
 */
function FormerSchoolCell({ studentId, formerSchool }: { studentId: string; formerSchool: NonNullable<IkoWorkspace['intake'][number]['formerSchool']> }) {
  const { t } = useTranslation();
  return (
    <>
      {formerSchool.fromSchoolName}:{' '}
      <AppLink to={`${paths.student(studentId)}#fra-forrige-skole`}>{t(`ikoWorkspace.intake.formerSchool.${formerSchool.status}`)}</AppLink>
    </>
  );
}
