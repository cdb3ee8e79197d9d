import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { AppLink } from '../../../components/app-link';
import { NotGiven } from '../../../components/not-given';
import { paths } from '../../../lib/home-path';
import type { Column } from '../../../components/data-table';

type StudentRef = IkoWorkspace['reports'][number]['student'];

/** The student and class columns every workspace table starts with. */
export function useStudentColumns(): Column[] {
  const { t } = useTranslation();
  return [{ label: t('myStudents.columns.student') }, { label: t('schoolOverview.columns.class') }];
}

/** The row's student (its header, a link to the student) and class (a link to its klasselærermøte). */
export function StudentCells({ student }: { student: StudentRef }) {
  const { t } = useTranslation();
  return (
    <>
      <Table.HeaderCell scope="row">
        <AppLink to={paths.student(student.id)}>{t('common.personName', { given: student.givenName, family: student.familyName })}</AppLink>
      </Table.HeaderCell>
      <Table.Cell>
        {!student.classId || !student.className ? (
          <NotGiven />
        ) : (
          <AppLink to={paths.classMeeting(student.classId)}>
            {student.className}
            <span className="visually-hidden"> {t('ikoWorkspace.classMeetingOf')}</span>
          </AppLink>
        )}
      </Table.Cell>
    </>
  );
}
