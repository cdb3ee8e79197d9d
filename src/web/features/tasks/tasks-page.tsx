import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { arrangeTasks } from '../../../domain/follow-up/gather-tasks';
import type { Task } from '../../../shared/api';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { CloserFollowUpMark } from '../../components/closer-follow-up-mark';
import { LiveStatus } from '../../components/live-status';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { paths } from '../../lib/home-path';
import { useLogTaskContact, useMarkTaskDone, useMyTasks, useUndoHomeContact } from './api/use-my-tasks';
import { CalendarFeedSection } from './components/calendar-feed-section';
import { GatheredTaskItem } from './components/gathered-tasks';
import { TaskItem, type TaskActions } from './components/task-item';

type News = { kind: 'done' | 'logged_closed' | 'logged_open' | 'undone'; task: string; outcome?: string } | null;

/**
 * Mine oppgaver: the person's tasks grouped by student, the most urgent student first; several
 * open tasks of one kind from one source are one item, opened to its students (issue 13). A
 * "contact home" task is done by logging the contact (one click per outcome, with "Angre" right
 * after); other tasks are marked as done.
 */
export function TasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.title'));
  const query = useMyTasks();
  const markDone = useMarkTaskDone();
  const logContact = useLogTaskContact();
  const undo = useUndoHomeContact();
  const [news, setNews] = useState<News>(null);

  const tasks = query.data?.tasks ?? [];
  const entries = arrangeTasks(tasks);
  // The counts are of tasks, not of the list's items: a gathered item of ten is ten tasks for ten students.
  const open = tasks.filter((task) => !task.doneAt).length;
  const overdue = tasks.filter((task) => task.overdue && !task.doneAt).length;
  const studentsWithOpen = new Set(tasks.filter((task) => !task.doneAt && task.student).map((task) => task.student!.id)).size;

  const describe = (task: Task) => {
    const kind = t(`taskKind.${task.kind}`);
    return task.student ? t('tasks.taskFor', { task: kind, name: t('common.personName', { given: task.student.givenName, family: task.student.familyName }) }) : kind;
  };
  // The element to focus once it is on the page (the list is updated from the server's answer).
  const focusNext = useRef<string | null>(null);
  const focusSoon = (id: string) => {
    focusNext.current = id;
  };
  useEffect(() => {
    const element = focusNext.current ? document.getElementById(focusNext.current) : null;
    if (element) {
      element.focus();
      focusNext.current = null;
    }
  });

  const actions: TaskActions = {
    pendingTaskId: markDone.isPending ? markDone.variables : logContact.isPending ? logContact.variables.taskId : undo.isPending ? undo.variables.taskId : null,
    markDone: (task) => {
      setNews(null);
      markDone.mutate(task.id, { onSuccess: () => setNews({ kind: 'done', task: describe(task) }) });
    },
    logContact: (task, body) => {
      setNews(null);
      logContact.mutate(
        { taskId: task.id, body },
        {
          onSuccess: (logged) => {
            setNews({ kind: logged.task.doneAt ? 'logged_closed' : 'logged_open', task: describe(task), outcome: t(`followUp.tasks.outcome.${body.outcome}`) });
            // The next thing one may want is to take it back: the "Angre" button of the task.
            focusSoon(`angre-${task.id}`);
          },
        },
      );
    },
    undo: (task, contactId) => {
      setNews(null);
      undo.mutate(
        { contactId, taskId: task.id },
        {
          onSuccess: () => {
            setNews({ kind: 'undone', task: describe(task) });
            focusSoon(`kontakt-${task.id}`);
          },
        },
      );
    },
  };

  const failed = markDone.error ?? logContact.error ?? undo.error;
  const failure = isApiFailure(failed) ? failed : null;

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('tasks.title')}
        </Heading>
        <Paragraph>{t('followUp.tasks.intro')}</Paragraph>
      </div>
      <LiveStatus>
        {news && (
          <Alert data-color="success">
            <Paragraph>
              {news.kind === 'done'
                ? t('tasks.markedDone', { task: news.task })
                : news.kind === 'undone'
                  ? t('followUp.tasks.undone', { task: news.task })
                  : t(news.kind === 'logged_closed' ? 'followUp.tasks.logged.closed' : 'followUp.tasks.logged.open', { task: news.task, outcome: news.outcome })}
            </Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {failed && (
        <Alert data-color={failure?.code === 'forbidden' || failure?.code === 'conflict' ? 'warning' : 'danger'} role="alert">
          {failure?.code === 'forbidden' ? (
            <Paragraph>{t('tasks.forbidden')}</Paragraph>
          ) : failure?.code === 'conflict' && undo.isError ? (
            <Paragraph>{t('followUp.tasks.undoFailed')}</Paragraph>
          ) : (
            <ApiErrorText error={failed} />
          )}
        </Alert>
      )}
      {query.isPending ? (
        <LoadingStatus text={t('tasks.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : tasks.length === 0 ? (
        <Paragraph>{t('tasks.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('followUp.tasks.summary', { count: open })} {t('followUp.tasks.forStudents', { count: studentsWithOpen })}{' '}
            {overdue > 0 && <strong>{t('tasks.overdueSummary', { count: overdue })}</strong>}
          </Paragraph>
          <ul className="task-groups" aria-label={t('followUp.tasks.groupsLabel')}>
            {entries.map((entry) => {
              if (entry.type === 'samlet') {
                return (
                  <li key={entry.gathered.key}>
                    <GatheredTaskItem item={entry.gathered} actions={actions} headingId={`samlet-${entry.gathered.kind}-${entry.gathered.source}-${entry.gathered.schoolId}`} />
                  </li>
                );
              }
              const { group } = entry;
              const student = group.tasks[0]?.student ?? null;
              const headingId = `oppgaver-${group.studentId ?? 'uten-elev'}`;
              return (
                <li key={group.studentId ?? 'none'}>
                  <section className={`task-group${group.overdueCount > 0 ? ' task-group--overdue' : ''}`} aria-labelledby={headingId}>
                    <div className="task-group__head">
                      <Heading level={2} data-size="xs" id={headingId}>
                        {student ? <AppLink to={paths.student(student.id)}>{t('common.personName', { given: student.givenName, family: student.familyName })}</AppLink> : t('followUp.tasks.noStudent')}
                      </Heading>
                      {student?.closerFollowUpReviewOn && <CloserFollowUpMark reviewOn={student.closerFollowUpReviewOn} />}
                      {group.overdueCount > 0 && (
                        <Tag data-color="danger" data-size="sm">
                          {t('followUp.tasks.overdueInGroup', { count: group.overdueCount })}
                        </Tag>
                      )}
                      <span className="muted">{group.openCount > 0 ? t('followUp.tasks.openInGroup', { count: group.openCount }) : t('followUp.tasks.allDone')}</span>
                    </div>
                    <ul className="task-list">
                      {group.tasks.map((task) => (
                        <li key={task.id}>
                          <TaskItem task={task} actions={actions} />
                        </li>
                      ))}
                    </ul>
                  </section>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <CalendarFeedSection />
    </div>
  );
}
