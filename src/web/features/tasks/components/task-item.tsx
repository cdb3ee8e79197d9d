import { Button, Details, Field, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { homeContactChannels, type HomeContactChannel, type HomeContactOutcome } from '../../../../domain/vocabulary';
import type { Task } from '../../../../shared/api';
import type { TaskContactBody } from '../../../../shared/follow-up-api';
import { AppLink } from '../../../components/app-link';
import { CloserFollowUpMark } from '../../../components/closer-follow-up-mark';
import { FlagReason } from '../../../components/signal-light';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { paths } from '../../../lib/home-path';
import { casePathOfTask } from '../../cases/case-paths';
import { WheelTaskDetails } from './wheel-task-details';

export interface TaskActions {
  /** The task an action is under way for, if any. */
  pendingTaskId: string | null;
  markDone: (task: Task) => void;
  logContact: (task: Task, body: TaskContactBody) => void;
  undo: (task: Task, contactId: string) => void;
}

const outcomes: readonly HomeContactOutcome[] = ['naadd', 'ikke_naadd', 'beskjed_lagt_igjen'];

/**
 * One task, compact: what, by when, why, and how to do it. In a gathered item (all of one kind)
 * it is titled by its student instead (`titleBy="student"`), the kind being the item's heading.
 */
export function TaskItem({ task, actions, titleBy = 'kind' }: { task: Task; actions: TaskActions; titleBy?: 'kind' | 'student' }) {
  const { t } = useTranslation();
  const format = useFormat();
  // A task of the annual wheel names its activity: the seed's in the reader's words, the school's own as written.
  const kind = task.activity ? t('taskKind.arshjul', { activity: task.activity.title ?? t(`wheelActivity.${task.activity.code}`) }) : t(`taskKind.${task.kind}`);
  const name = task.student ? t('common.personName', { given: task.student.givenName, family: task.student.familyName }) : null;
  const label = name ? t('tasks.taskFor', { task: kind, name }) : kind;
  const pending = actions.pendingTaskId === task.id;
  const undoable = useUndoable(task);

  return (
    <article className={`task-item${task.doneAt ? ' task-item--done' : ''}`} aria-label={label}>
      <div className="task-item__line">
        {titleBy === 'student' && task.student && name ? (
          <>
            <strong>
              <AppLink to={paths.student(task.student.id)}>{name}</AppLink>
            </strong>
            {task.student.closerFollowUpReviewOn && <CloserFollowUpMark reviewOn={task.student.closerFollowUpReviewOn} />}
          </>
        ) : (
          <strong>{kind}</strong>
        )}
        <span className="nowrap">
          {t('followUp.tasks.due', { date: format.date(task.dueOn) })}
          {task.overdue && !task.doneAt && (
            <>
              {' '}
              <Tag data-color="danger" data-size="sm">
                {t('tasks.overdue')}
              </Tag>
            </>
          )}
        </span>
        {task.doneAt && (
          <span className="muted">
            {task.closedReason
              ? t(`tasks.closedReason.${task.closedReason}`, { date: format.date(dateOfTimestamp(task.doneAt)) })
              : t('tasks.doneOn', { date: format.date(dateOfTimestamp(task.doneAt)) })}
          </span>
        )}
      </div>
      {task.flag ? (
        <Paragraph data-size="sm">
          <FlagReason flag={task.flag} />
        </Paragraph>
      ) : task.caseId ? (
        <Paragraph data-size="sm">
          <AppLink to={casePathOfTask(task.kind, task.caseId)}>{t('tasks.openCase')}</AppLink>
        </Paragraph>
      ) : null}
      {task.contacts.length > 0 && (
        <Paragraph data-size="sm">
          {t('followUp.tasks.attempts')}{' '}
          {format.list(
            task.contacts.map((c) =>
              t('followUp.tasks.attempt', { outcome: t(`followUp.tasks.outcome.${c.outcome}`), channel: t(`contactChannel.${c.channel}`), time: format.dateTime(c.contactedAt) }),
            ),
          )}
        </Paragraph>
      )}
      {undoable && (
        <div className="button-row">
          <Button
            id={`angre-${task.id}`}
            variant="secondary"
            data-size="sm"
            loading={pending}
            aria-disabled={pending || undefined}
            aria-label={t('followUp.tasks.undoFor', { outcome: t(`followUp.tasks.outcome.${undoable.outcome}`), task: label })}
            onClick={() => !pending && actions.undo(task, undoable.id)}
          >
            {t('followUp.tasks.undo')}
          </Button>
        </div>
      )}
      {!task.doneAt && task.activity && <WheelTaskDetails task={{ ...task, activity: task.activity }} />}
      {!task.doneAt && task.logsContact && <ContactButtons task={task} label={label} pending={pending} onLog={(body) => actions.logContact(task, body)} />}
      {!task.doneAt && !task.logsContact && task.kind === 'vurder_tettere_oppfolging' && task.student && (
        <Paragraph data-size="sm">
          <AppLink to={paths.student(task.student.id)}>{t('followUp.tasks.reviewOnStudentPage')}</AppLink>
        </Paragraph>
      )}
      {!task.doneAt && !task.logsContact && task.kind !== 'vurder_tettere_oppfolging' && (
        <div className="button-row">
          <Button
            variant="secondary"
            data-size="sm"
            loading={pending}
            aria-disabled={pending || undefined}
            // The visible words first, then which task: every task has the same button.
            aria-label={t('tasks.markDoneFor', { task: label })}
            onClick={() => !pending && actions.markDone(task)}
          >
            {t('tasks.markDone')}
          </Button>
        </div>
      )}
    </article>
  );
}

/** The newest contact of the task while it may still be taken back; gone when the window closes. */
function useUndoable(task: Task) {
  const newest = task.contacts[0];
  const until = newest?.undoableUntil ? Date.parse(newest.undoableUntil) : null;
  const [expired, setExpired] = useState<string | null>(null);
  useEffect(() => {
    if (!newest || until === null) return;
    const timer = setTimeout(() => setExpired(newest.id), Math.max(0, until - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [newest, until]);
  return newest && until !== null && expired !== newest.id ? newest : null;
}

/** Reached, not reached, message left: one click each; the channel is the phone unless chosen. */
function ContactButtons({ task, label, pending, onLog }: { task: Task; label: string; pending: boolean; onLog: (body: TaskContactBody) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [channel, setChannel] = useState<HomeContactChannel>('telefon');
  const [note, setNote] = useState('');
  return (
    <div className="stack stack--tight">
      <div className="button-row" role="group" aria-labelledby={`${id}-log`}>
        <span id={`${id}-log`}>{t('followUp.tasks.logContact')}</span>
        {outcomes.map((outcome, i) => (
          <Button
            key={outcome}
            id={i === 0 ? `kontakt-${task.id}` : undefined}
            variant={outcome === 'naadd' ? 'primary' : 'secondary'}
            data-size="sm"
            loading={pending}
            aria-disabled={pending || undefined}
            aria-label={t('followUp.tasks.outcomeFor', { outcome: t(`followUp.tasks.outcome.${outcome}`), task: label })}
            onClick={() => !pending && onLog({ outcome, channel, note: note.trim() })}
          >
            {t(`followUp.tasks.outcome.${outcome}`)}
          </Button>
        ))}
      </div>
      <Details data-size="sm">
        <Details.Summary>{t('followUp.tasks.details')}</Details.Summary>
        <Details.Content>
          <div className="stack stack--tight">
            <Field>
              <Label htmlFor={`${id}-channel`}>{t('followUp.tasks.channel')}</Label>
              <Select id={`${id}-channel`} value={channel} onChange={(event) => setChannel(event.target.value as HomeContactChannel)}>
                {homeContactChannels.map((c) => (
                  <Select.Option key={c} value={c}>
                    {t(`contactChannel.${c}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield id={`${id}-note`} label={t('followUp.tasks.note')} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
        </Details.Content>
      </Details>
    </div>
  );
}
