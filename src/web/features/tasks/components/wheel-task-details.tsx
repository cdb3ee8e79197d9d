/**
 * What a task of the annual wheel asks, and how to do it: the person's classes with how far the
 * activity has come in each, and — for what only a person can tell (Kartlegging B and C, the
 * registration at the klasselærermøte) — recording it done for a class, with the date and what was
 * decided — for a class of theirs, or for the school when the activity is the school's. What the data measures (Kartlegging A from the conversations, an assessment from the
 * grades, a klasselærermøte from the meeting) is said, not ticked.
 */
import { Button, Details, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/api';
import type { MyWheelDuties } from '../../../../shared/leadership-api';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useMyWheelDuties, useRecordWheelActivity } from '../api/use-wheel-duties';

type Duty = MyWheelDuties['duties'][number];

export function WheelTaskDetails({ task }: { task: Task & { activity: NonNullable<Task['activity']> } }) {
  const { t } = useTranslation();
  const duties = useMyWheelDuties(task.activity.schoolId);
  const duty = duties.data?.duties.find((d) => (task.activity.code === 'egen' ? d.title === task.activity.title : d.code === task.activity.code));
  if (!duty) return null;
  return (
    <div className="wheel-task">
      {duty.progressKind !== 'registrert' && <Paragraph data-size="sm">{t(`wheelTask.measured.${duty.progressKind}`)}</Paragraph>}
      <ul className="plain-list">
        {duty.school && (
          <li>
            <DutyProgress duty={duty} schoolId={task.activity.schoolId} classId={null} name={t('wheelTask.school')} progress={duty.school} />
          </li>
        )}
        {duty.classes.map((c) => (
          <li key={c.id}>
            <DutyProgress duty={duty} schoolId={task.activity.schoolId} classId={c.id} name={c.name} progress={c.progress} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** How far the activity has come for one class (or the school), and recording it done there. */
function DutyProgress({ duty, schoolId, classId, name, progress }: { duty: Duty; schoolId: string; classId: string | null; name: string; progress: Duty['classes'][number]['progress'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const record = useRecordWheelActivity(schoolId);
  const [doneOn, setDoneOn] = useState(todayInNorway());
  const [decisions, setDecisions] = useState('');
  const status = t(`wheelTask.status.${progress.status}`);
  return (
    <>
      <span>
        <strong>{name}</strong>{' '}
        <Tag data-color={progress.status === 'ferdig' ? 'success' : progress.status === 'forsinket' ? 'danger' : 'info'} data-size="sm">
          {status}
        </Tag>{' '}
        {progress.total > 1 && t('wheelTask.count', { done: format.number(progress.done), total: format.number(progress.total) })}
      </span>
      {duty.progressKind === 'registrert' && progress.status !== 'ferdig' && (
        <Details>
          <Details.Summary>{classId === null ? t('wheelTask.recordForSchool') : t('wheelTask.recordFor', { name })}</Details.Summary>
          <Details.Content>
            <form
              className="stack"
              onSubmit={(event) => {
                event.preventDefault();
                record.mutate({ activity: duty.key, classId, doneOn, decisions });
              }}
            >
              <Textfield id={`${id}-on`} type="date" label={t('wheelTask.doneOn')} required max={todayInNorway()} value={doneOn} onChange={(event) => setDoneOn(event.target.value)} />
              <Textfield id={`${id}-decisions`} multiline rows={2} maxLength={4000} label={t('wheelTask.decisions')} value={decisions} onChange={(event) => setDecisions(event.target.value)} />
              <div className="button-row">
                <Button type="submit" data-size="sm" loading={record.isPending} aria-disabled={record.isPending || undefined}>
                  {t('wheelTask.record')}
                </Button>
              </div>
              {record.isError && <SaveFailureAlert error={record.error} forbiddenText={t('wheelTask.forbidden')} />}
            </form>
          </Details.Content>
        </Details>
      )}
    </>
  );
}
