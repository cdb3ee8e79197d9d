import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { LiveStatus } from '../../../components/live-status';
import { useFormat } from '../../../i18n/format';
import { BirthDateForm } from '../../imports/components/missing-birth-dates-section';

/**
 * Birth date and age, school, and the student's classes and teaching groups. A birth date the
 * school's files lacked (issue 17) is said to be missing, and those who may complete it
 * (leadership, administrators) get the field to do so here.
 */
export function StudentFacts({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t('common.personName', { given: student.givenName, family: student.familyName });
  // Once completed, the form leaves the page with the focus: the focus goes to the heading, and the news is read out.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [completed, setCompleted] = useState(false);
  return (
    <section className="stack">
      <Heading level={2} data-size="md" ref={headingRef} tabIndex={-1}>
        {t('student.about')}
      </Heading>
      <LiveStatus>{completed && <Paragraph>{t('missingBirthDates.saved', { name })}</Paragraph>}</LiveStatus>
      <dl className="facts">
        <div>
          <dt>{t('student.birthDate')}</dt>
          <dd>{student.birthDate === null ? <strong>{t('student.birthDateMissing')}</strong> : format.date(student.birthDate)}</dd>
        </div>
        <div>
          <dt>{t('student.age')}</dt>
          <dd>{student.age === null ? t('student.ageUnknown') : t('student.ageYears', { count: student.age })}</dd>
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
      {student.birthDate === null && student.mayCompleteBirthDate && (
        <BirthDateForm
          studentId={student.id}
          name={name}
          onSaved={() => {
            setCompleted(true);
            headingRef.current?.focus();
          }}
        />
      )}
      {student.age === null ? (
        <Paragraph data-size="sm">{t('student.birthDateMissingMinor')}</Paragraph>
      ) : (
        student.age < 18 && <Paragraph data-size="sm">{t('student.underEighteen')}</Paragraph>
      )}
    </section>
  );
}
