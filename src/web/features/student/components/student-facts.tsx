import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { useFormat } from '../../../i18n/format';

/** Birth date and age, school, and the student's classes and teaching groups. */
export function StudentFacts({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {t('student.about')}
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('student.birthDate')}</dt>
          <dd>{format.date(student.birthDate)}</dd>
        </div>
        <div>
          <dt>{t('student.age')}</dt>
          <dd>{t('student.ageYears', { count: student.age })}</dd>
        </div>
        <div>
          <dt>{t('student.school')}</dt>
          <dd>{student.school.name}</dd>
        </div>
        {student.left && (
          <div>
            <dt>{t('student.left.label')}</dt>
            <dd>{t(student.left.completed ? 'student.left.completed' : 'student.left.left', { date: format.date(student.left.on) })}</dd>
          </div>
        )}
      </dl>
      <div className="stack stack--tight">
        <Heading level={3} data-size="xs">
          {t('student.groups')}
        </Heading>
        {student.groups.length === 0 ? (
          <Paragraph>{t('student.noGroups')}</Paragraph>
        ) : (
          <ul className="group-list">
            {student.groups.map((group) => (
              <li key={group.id}>
                {[
                  group.subjectName ? t('student.groupWithSubject', { group: group.name, subject: group.subjectName }) : group.name,
                  t(`groupKind.${group.kind}`),
                  group.contactTeachers.length > 0
                    ? t('student.contactTeachers', { count: group.contactTeachers.length, names: format.list(group.contactTeachers) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </div>
      {student.age < 18 && <Paragraph data-size="sm">{t('student.underEighteen')}</Paragraph>}
    </section>
  );
}
