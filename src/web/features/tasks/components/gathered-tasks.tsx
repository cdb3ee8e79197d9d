import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { GatheredTasks } from '../../../../domain/follow-up/gather-tasks';
import type { Task } from '../../../../shared/api';
import { AppLink } from '../../../components/app-link';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';
import { casePaths } from '../../cases/case-paths';
import { TaskItem, type TaskActions } from './task-item';

/** The page where the tasks of an item are handled together, when there is one. */
function whereHandled(item: GatheredTasks<Task>): { to: string; label: 'monthlyCheck' | 'cases' } | null {
  // Månedssjekken lists the students its rule summons the guardians of, with each summons' status.
  if (item.kind === 'innkall_foresatte' && item.source === 'flagg') return { to: paths.monthlyCheck(item.schoolId), label: 'monthlyCheck' };
  if (item.source === 'sak') return { to: casePaths.list, label: 'cases' };
  return null;
}

/**
 * Several open tasks of one kind from one source, as one item of Mine oppgaver (issue 13;
 * src/domain/follow-up/gather-tasks.ts): the kind and how many students, the earliest due date,
 * overdue if any is, the page where they are handled; opened, every task with its student and
 * its own buttons, as in a student's group.
 */
export function GatheredTaskItem({ item, actions, headingId }: { item: GatheredTasks<Task>; actions: TaskActions; headingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const count = item.tasks.length;
  const kind = t(`taskKind.${item.kind}`);
  const where = whereHandled(item);
  return (
    <section className={`task-group${item.overdueCount > 0 ? ' task-group--overdue' : ''}`} aria-labelledby={headingId}>
      <div className="task-group__head">
        <Heading level={2} data-size="xs" id={headingId}>
          {t('followUp.tasks.gathered.title', { task: kind, count, n: format.number(count) })}
        </Heading>
        {item.overdueCount > 0 && (
          <Tag data-color="danger" data-size="sm">
            {t('followUp.tasks.overdueInGroup', { count: item.overdueCount })}
          </Tag>
        )}
        <span className="muted">{t('followUp.tasks.gathered.firstDue', { date: format.date(item.dueOn) })}</span>
      </div>
      {where && (
        <Paragraph data-size="sm">
          {t(`followUp.tasks.gathered.handledAt.${where.label}`)} <AppLink to={where.to}>{t(`followUp.tasks.gathered.goTo.${where.label}`)}</AppLink>
        </Paragraph>
      )}
      <Details data-size="sm">
        <Details.Summary>{t('followUp.tasks.gathered.show', { task: kind, count, n: format.number(count) })}</Details.Summary>
        <Details.Content>
          <ul className="task-list">
            {item.tasks.map((task) => (
              <li key={task.id}>
                <TaskItem task={task} actions={actions} titleBy="student" />
              </li>
            ))}
          </ul>
        </Details.Content>
      </Details>
    </section>
  );
}
