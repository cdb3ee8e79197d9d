import { Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { isIsoDate, todayInNorway } from '../../lib/dates';
import { groupLabel, teachingGroups } from '../../lib/groups';
import { useMyStudents } from '../my-students/api/use-my-students';
import { useLessonRegister } from './api/use-lesson-register';
import { AttendanceForm } from './components/attendance-form';
import { defaultLesson, timeInNorway } from './lesson-choice';

/**
 * Registrer fravær: the teacher picks a group, a date (today unless chosen) and one of the
 * group's lessons that day; everyone is present until marked absent or late. The choices live
 * in the address (?gruppe=…&dato=…&time=…), so a reload or a shared link opens the same sheet.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('registration.title'));
  const ids = { group: useId(), date: useId(), lesson: useId() };
  const [params, setParams] = useSearchParams();
  const myStudents = useMyStudents();
  const groups = teachingGroups(myStudents.data);

  const today = todayInNorway();
  // Absence is registered for days that have come, not ahead.
  const asked = params.get('dato');
  const date = isIsoDate(asked) && asked <= today ? asked : today;
  const group = groups.find((g) => g.id === params.get('gruppe')) ?? groups[0] ?? null;
  const chosenLesson = Number(params.get('time')) || null;

  // First ask for the chosen lesson (or lesson 1) to learn the group's lessons that day; then
  // open the chosen lesson if the group has it, or else the lesson suited to the time of day.
  const probe = useLessonRegister(group?.id ?? null, date, chosenLesson ?? 1);
  const lessons = probe.data?.lessonsThatDay ?? [];
  const lesson =
    chosenLesson !== null && lessons.some((l) => l.lessonNumber === chosenLesson)
      ? chosenLesson
      : defaultLesson(lessons, date === today, timeInNorway());
  const register = useLessonRegister(group?.id ?? null, date, probe.data ? lesson : null);

  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const probeFailure = isApiFailure(probe.error) ? probe.error : null;

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('registration.title')}
        </Heading>
        <Paragraph>{t('registration.intro')}</Paragraph>
      </div>

      {myStudents.isPending ? (
        <LoadingStatus text={t('registration.loadingGroups')} />
      ) : myStudents.isError ? (
        <ApiErrorAlert error={myStudents.error} onRetry={() => void myStudents.refetch()} />
      ) : !group ? (
        <Paragraph>{t('registration.noGroups')}</Paragraph>
      ) : (
        <>
          <section className="stack" aria-labelledby={`${ids.group}-heading`}>
            <Heading level={2} data-size="sm" id={`${ids.group}-heading`}>
              {t('registration.chooseHeading')}
            </Heading>
            <div className="choice-row">
              <Field>
                <Label htmlFor={ids.group}>{t('registration.group')}</Label>
                <Select id={ids.group} width="auto" value={group.id} onChange={(event) => choose({ gruppe: event.target.value, time: null })}>
                  {groups.map((g) => (
                    <Select.Option key={g.id} value={g.id}>
                      {groupLabel(g)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                id={ids.date}
                type="date"
                label={t('registration.date')}
                max={today}
                value={date}
                onChange={(event) => {
                  if (isIsoDate(event.target.value) && event.target.value <= today) choose({ dato: event.target.value === today ? null : event.target.value, time: null });
                }}
              />
              {lessons.length > 0 && lesson !== null && (
                <Field>
                  <Label htmlFor={ids.lesson}>{t('registration.lesson')}</Label>
                  <Select id={ids.lesson} width="auto" value={String(lesson)} onChange={(event) => choose({ time: event.target.value })}>
                    {lessons.map((l) => (
                      <Select.Option key={l.lessonNumber} value={String(l.lessonNumber)}>
                        {t('registration.lessonOption', { number: l.lessonNumber, from: l.startsAt.slice(0, 5), to: l.endsAt.slice(0, 5) })}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
              )}
            </div>
          </section>

          {probe.isPending ? (
            <LoadingStatus text={t('registration.loadingRegister')} />
          ) : probeFailure?.code === 'forbidden' ? (
            <ApiErrorAlert error={probe.error} heading={t('registration.forbidden')} />
          ) : probe.isError ? (
            <ApiErrorAlert error={probe.error} onRetry={() => void probe.refetch()} />
          ) : lessons.length === 0 || lesson === null ? (
            <Paragraph role="status">{t('registration.noLessons', { group: group.name, date: format.date(date) })}</Paragraph>
          ) : register.isPending ? (
            <LoadingStatus text={t('registration.loadingRegister')} />
          ) : register.isError ? (
            <ApiErrorAlert error={register.error} onRetry={() => void register.refetch()} />
          ) : (
            <AttendanceForm key={`${group.id}:${date}:${lesson}`} groupId={group.id} register={register.data} />
          )}
        </>
      )}
    </div>
  );
}
