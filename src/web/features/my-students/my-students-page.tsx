import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MyStudents } from '../../../shared/api';
import { enteredGradeKindsAt } from '../../../domain/school-kind-features';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { capitalise } from '../../components/capitalise';
import { TermSummary } from '../../components/term-summary';
import { useLevelLabel } from '../../components/use-level-label';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../lib/home-path';
import { useMyStudents } from './api/use-my-students';
import { GroupStudentsTable } from './components/group-students-table';

type Group = MyStudents['groups'][number];

/** Mine elever: the teacher's class (as kontaktlærer) and teaching groups (as faglærer). */
export function MyStudentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myStudents.title'));
  const query = useMyStudents();

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('myStudents.title')}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('myStudents.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <TermSummary term={query.data.term} />
          {query.data.groups.length === 0 ? (
            <Paragraph>{t('myStudents.noGroups')}</Paragraph>
          ) : (
            query.data.groups.map((group) => <GroupSection key={`${group.id}:${group.relation}`} group={group} />)
          )}
        </>
      )}
    </div>
  );
}

function GroupSection({ group }: { group: Group }) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel();
  const headingId = `gruppe-${group.id}-${group.relation}`;
  // Grades where the group's school gives them at its trinn: none on barnetrinnet, no midterm in grunnskole.
  const gradeKinds = enteredGradeKindsAt(group.schoolKind, group.level);
  const detail = group.kind === 'basisgruppe' ? group.programme : (group.subjectName ?? group.programme);
  return (
    <section className="stack group-section">
      <Heading level={2} data-size="md" id={headingId}>
        {detail ? t('myStudents.groupHeading', { group: group.name, detail }) : group.name}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {capitalise(
          [
            t(`groupKind.${group.kind}`),
            group.level ? levelLabel(group.schoolKind, group.level) : null,
            t('myStudents.yourRelation', { role: t(`role.${group.relation}`) }),
            t('myStudents.studentCount', { count: group.students.length }),
          ]
            .filter(Boolean)
            .join(' · '),
        )}
      </Paragraph>
      {group.relation === 'kontaktlaerer' ? (
        <>
          <Paragraph data-size="sm">{t('myStudents.statusExplanation')}</Paragraph>
          <ul className="link-row">
            <li>
              <AppLink to={paths.weeklyCheck(group.id)}>{t('myStudents.weeklyCheckFor', { group: group.name })}</AppLink>
            </li>
            <li>
              <AppLink to={paths.classMeeting(group.id)}>{t('myStudents.classMeetingFor', { group: group.name })}</AppLink>
            </li>
            <li>
              <AppLink to={paths.classReport(group.id)}>{t('myStudents.classReportFor', { group: group.name })}</AppLink>
            </li>
          </ul>
        </>
      ) : (
        <ul className="link-row">
          <li>
            <AppLink to={paths.registrationFor(group.id)}>{t('myStudents.registerFor', { group: group.name })}</AppLink>
          </li>
          {gradeKinds.length > 0 && (
            <li>
              <AppLink to={paths.gradesFor(group.id)}>
                {gradeKinds.includes('midtveis') ? t('myStudents.gradesFor', { group: group.name }) : t('myStudents.halfYearGradesFor', { group: group.name })}
              </AppLink>
            </li>
          )}
        </ul>
      )}
      <GroupStudentsTable group={group} />
    </section>
  );
}
