import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/api';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LiveStatus } from '../../components/live-status';
import { LoadingStatus } from '../../components/loading-status';
import { NotGiven } from '../../components/not-given';
import { ScrollTable } from '../../components/scroll-table';
import { FlagReason } from '../../components/signal-light';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { dateOfTimestamp } from '../../lib/dates';
import { paths } from '../../lib/home-path';
import { casePaths } from '../cases/case-paths';
import { useMarkTaskDone, useMyTasks } from './api/use-my-tasks';

/** Open before done, overdue first, then by due date. */
export function taskOrder(a: Task, b: Task): number {
  const rank = (task: Task) => (task.doneAt ? 2 : task.overdue ? 0 : 1);
  return rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn);
}

/** Mine oppgaver: what the rules ask of the person, by when, and why. */
export function TasksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tasks.title'));
  const query = useMyTasks();
  const markDone = useMarkTaskDone();
  const captionId = useId();
  const [done, setDone] = useState<string | null>(null);
  const failure = isApiFailure(markDone.error) ? markDone.error : null;

  const tasks = [...(query.data?.tasks ?? [])].sort(taskOrder);
  const overdue = tasks.filter((task) => task.overdue && !task.doneAt).length;
  const open = tasks.filter((task) => !task.doneAt).length;

  const describe = (task: Task) => {
    const kind = t(`taskKind.${task.kind}`);
    return task.student ? t('tasks.taskFor', { task: kind, name: t('common.personName', { given: task.student.givenName, family: task.student.familyName }) }) : kind;
  };

  const onDone = (task: Task) => {
    setDone(null);
    markDone.mutate(task.id, {
      onSuccess: () => {
        setDone(describe(task));
        // The button is gone; the reader goes on from the list.
        document.querySelector<HTMLElement>(`[aria-labelledby="${CSS.escape(captionId)}"]`)?.focus();
      },
    });
  };

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('tasks.title')}
        </Heading>
        <Paragraph>{t('tasks.intro')}</Paragraph>
      </div>
      <LiveStatus>
        {done && (
          <Alert data-color="success">
            <Paragraph>{t('tasks.markedDone', { task: done })}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {markDone.isError && (
        <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
          {failure?.code === 'forbidden' ? <Paragraph>{t('tasks.forbidden')}</Paragraph> : <ApiErrorText error={markDone.error} />}
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
            {t('tasks.summary', { count: open })} {overdue > 0 && <strong>{t('tasks.overdueSummary', { count: overdue })}</strong>}
          </Paragraph>
          <ScrollTable captionId={captionId}>
            <Table border zebra>
              <caption id={captionId}>{t('tasks.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('tasks.columns.task')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tasks.columns.student')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tasks.columns.due')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tasks.columns.why')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tasks.columns.action')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {tasks.map((task) => (
                  <TaskRow key={task.id} task={task} pending={markDone.isPending && markDone.variables === task.id} onDone={() => onDone(task)} />
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}

function TaskRow({ task, pending, onDone }: { task: Task; pending: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = task.student ? t('common.personName', { given: task.student.givenName, family: task.student.familyName }) : null;
  const kind = t(`taskKind.${task.kind}`);
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{kind}</Table.HeaderCell>
      <Table.Cell>{task.student && name ? <AppLink to={paths.student(task.student.id)}>{name}</AppLink> : <NotGiven />}</Table.Cell>
      <Table.Cell className="nowrap">
        {format.date(task.dueOn)}
        {task.overdue && !task.doneAt && (
          <>
            {' '}
            <Tag data-color="danger" data-size="sm">
              {t('tasks.overdue')}
            </Tag>
          </>
        )}
      </Table.Cell>
      <Table.Cell>
        {task.flag ? <FlagReason flag={task.flag} /> : task.caseId ? <AppLink to={casePaths.case(task.caseId)}>{t('tasks.openCase')}</AppLink> : <NotGiven />}
      </Table.Cell>
      <Table.Cell className="nowrap">
        {task.doneAt ? (
          t('tasks.doneOn', { date: format.date(dateOfTimestamp(task.doneAt)) })
        ) : (
          <Button
            variant="secondary"
            data-size="sm"
            loading={pending}
            aria-disabled={pending || undefined}
            // The visible words first, then which task: every row has the same button.
            aria-label={t('tasks.markDoneFor', { task: name ? t('tasks.taskFor', { task: kind, name }) : kind })}
            onClick={() => !pending && onDone()}
          >
            {t('tasks.markDone')}
          </Button>
        )}
      </Table.Cell>
    </Table.Row>
  );
}
