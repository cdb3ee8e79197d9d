import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FintSyncSchedule } from '../../../../shared/fint-api';
import { isApiFailure, type FailureDetail } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { useFormat } from '../../../i18n/format';
import { useFintSyncSchedules, useSaveFintSyncSchedule } from '../api/use-fint-sync';

const timeOfDay = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
/** The time a new schedule suggests: early, before the school day. */
const suggestedTime = '05:30';

type Field = 'fintSchool' | 'timeOfDay';

/**
 * "Daglig synkronisering" (docs/imports/fint.md): the chosen school's daily FINT sync as it is
 * set — FINT's school, the time of day in Norway, on or off, when it next runs, who changed it —
 * and a form to set it. The form starts from the schedule, or from the sync form's FINT number
 * for a school without one.
 */
export function FintSyncScheduleSection({ schoolId, schoolName, fintSchoolFromSync }: { schoolId: string; schoolName: string; fintSchoolFromSync: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const schedules = useFintSyncSchedules();
  const schedule = schedules.data?.schedules.find((s) => s.schoolId === schoolId);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t('fintSync.schedule.title')}
      </Heading>
      <Paragraph>{t('fintSync.schedule.intro')}</Paragraph>
      {schedules.isPending && <LoadingStatus text={t('fintSync.schedule.loading')} />}
      {schedules.isError && (
        <Alert data-color="danger">
          <ApiErrorText error={schedules.error} />
        </Alert>
      )}
      {schedules.isSuccess && (schedule ? <ScheduleFacts schedule={schedule} /> : <Paragraph>{t('fintSync.schedule.none', { school: schoolName })}</Paragraph>)}
      {/* A form of its own for each school: what was typed for one is not saved for another. */}
      {schedules.isSuccess && schoolId && <ScheduleForm key={schoolId} schoolId={schoolId} schedule={schedule} fintSchoolFromSync={fintSchoolFromSync} />}
    </section>
  );
}

function ScheduleFacts({ schedule }: { schedule: FintSyncSchedule }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="facts">
      <div>
        <dt>{t('fintSync.fintSchool')}</dt>
        <dd>{schedule.fintSchool}</dd>
      </div>
      <div>
        <dt>{t('fintSync.schedule.time')}</dt>
        <dd>{schedule.timeOfDay}</dd>
      </div>
      <div>
        <dt>{t('fintSync.schedule.state')}</dt>
        <dd>{schedule.enabled ? t('fintSync.schedule.on') : t('fintSync.schedule.off')}</dd>
      </div>
      <div>
        <dt>{t('fintSync.schedule.next')}</dt>
        <dd>{schedule.nextRunAt ? format.dateTime(schedule.nextRunAt) : t('fintSync.schedule.noNext')}</dd>
      </div>
      <div>
        <dt>{t('fintSync.schedule.changed')}</dt>
        <dd>{t('fintSync.schedule.changedBy', { when: format.dateTime(schedule.updatedAt), name: schedule.updatedBy })}</dd>
      </div>
    </dl>
  );
}

function ScheduleForm({ schoolId, schedule, fintSchoolFromSync }: { schoolId: string; schedule: FintSyncSchedule | undefined; fintSchoolFromSync: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = { heading: useId(), fint: useId(), time: useId(), enabled: useId() };
  const save = useSaveFintSyncSchedule(schoolId);
  // null: not touched, and the field shows the schedule's value (or the sync form's number).
  const [fintSchool, setFintSchool] = useState<string | null>(null);
  const [time, setTime] = useState<string | null>(null);
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const fintRef = useRef<HTMLInputElement>(null);
  const timeRef = useRef<HTMLInputElement>(null);

  const values = {
    fintSchool: fintSchool ?? schedule?.fintSchool ?? fintSchoolFromSync,
    timeOfDay: time ?? schedule?.timeOfDay ?? suggestedTime,
    enabled: enabled ?? schedule?.enabled ?? true,
  };

  // The server's field errors at their fields; the rest with the form's error.
  const details: FailureDetail[] = isApiFailure(save.error) && save.error.code === 'validation_failed' ? save.error.details : [];
  const serverProblem = (field: Field) => details.some((d) => d.path.replace(/^body\./, '') === field);
  const problem = (field: Field) => missing[field] || (!save.isPending && serverProblem(field));
  const placed = details.length > 0 && details.every((d) => ['fintSchool', 'timeOfDay'].includes(d.path.replace(/^body\./, '')));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = { fintSchool: values.fintSchool.trim() === '', timeOfDay: !timeOfDay.test(values.timeOfDay) };
    setMissing(found);
    if (found.fintSchool) return fintRef.current?.focus();
    if (found.timeOfDay) return timeRef.current?.focus();
    save.mutate({ fintSchool: values.fintSchool.trim(), timeOfDay: values.timeOfDay, enabled: values.enabled });
  };

  const saved = save.isSuccess ? save.data.schedules.find((s) => s.schoolId === schoolId) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="stack import-form" aria-labelledby={ids.heading}>
      <Heading level={4} data-size="xs" id={ids.heading}>
        {schedule ? t('fintSync.schedule.change') : t('fintSync.schedule.set')}
      </Heading>
      <Textfield
        ref={fintRef}
        id={ids.fint}
        label={t('fintSync.fintSchool')}
        description={t('fintSync.fintSchoolHelp')}
        name="fintSchool"
        value={values.fintSchool}
        maxLength={100}
        autoComplete="off"
        onChange={(event) => setFintSchool(event.target.value)}
        error={problem('fintSchool') ? t('fintSync.fintSchoolMissing') : undefined}
      />
      <Textfield
        ref={timeRef}
        id={ids.time}
        type="time"
        label={t('fintSync.schedule.timeLabel')}
        description={t('fintSync.schedule.timeHelp')}
        name="timeOfDay"
        value={values.timeOfDay}
        onChange={(event) => setTime(event.target.value)}
        error={problem('timeOfDay') ? t('fintSync.schedule.timeMissing') : undefined}
      />
      <Checkbox id={ids.enabled} label={t('fintSync.schedule.enabled')} description={t('fintSync.schedule.enabledHelp')} checked={values.enabled} onChange={(event) => setEnabled(event.target.checked)} />
      {save.isError && !placed && <SaveFailureAlert error={save.error} forbiddenText={t('fintSync.schedule.forbidden')} />}
      <div>
        <Button type="submit" loading={save.isPending} aria-disabled={save.isPending || undefined}>
          {save.isPending ? t('fintSync.schedule.saving') : t('fintSync.schedule.save')}
        </Button>
      </div>
      <LiveStatus>
        {saved && (
          <Alert data-color="success">
            <Paragraph>{saved.nextRunAt ? t('fintSync.schedule.saved', { next: format.dateTime(saved.nextRunAt) }) : t('fintSync.schedule.savedOff')}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
    </form>
  );
}
