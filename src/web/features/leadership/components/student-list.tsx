import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { paths } from '../../../lib/home-path';

export type StudentRef = { id: string; givenName: string; familyName: string; classId: string | null };

/** Looks up the students a view names, by id. */
export function studentIndex(students: readonly StudentRef[]) {
  return new Map(students.map((s) => [s.id, s]));
}

/** The students behind a figure, by family name, each a link to the student's page with the class beside it. */
export function StudentList({ ids, students, classNames }: { ids: readonly string[]; students: Map<string, StudentRef>; classNames: Map<string, string> }) {
  const { t } = useTranslation();
  const known = ids
    .map((id) => students.get(id))
    .filter((s): s is StudentRef => !!s)
    .sort((a, b) => a.familyName.localeCompare(b.familyName, 'nb') || a.givenName.localeCompare(b.givenName, 'nb'));
  if (known.length === 0) return <Paragraph>{t('leadership.noStudents')}</Paragraph>;
  return (
    <ul className="leadership-students">
      {known.map((s) => (
        <li key={s.id}>
          <AppLink to={paths.student(s.id)}>{t('common.personName', { given: s.givenName, family: s.familyName })}</AppLink>
          {s.classId && classNames.get(s.classId) ? <span className="muted"> ({classNames.get(s.classId)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
