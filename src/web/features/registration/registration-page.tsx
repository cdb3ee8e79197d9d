import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { DateField } from '../../components/date-field';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { isIsoDate, todayInNorway } from '../../lib/dates';
import { groupLabel, teachingGroups } from '../../lib/groups';
import { useMyStudents } from '../my-students/api/use-my-students';
import { useLessonRegister } from './api/use-lesson-register';
import { useDayRegister } from './api/use-my-lessons';
import { AttendanceForm } from './components/attendance-form';
import { DayRegisterForm } from './components/day-register-form';
import { MyLessons } from './components/my-lessons';
import { defaultLesson, timeInNorway } from './lesson-choice';
import { myLessonsPath } from './registration-paths';

type Choose = (changes: Record<string, string | null>) => void;

/**
 * Registrer fravær. Without a choice it opens on "my lessons today" (?dato=… for another day),
 * one tap from each lesson's register; ?gruppe=…&dato=…&time=… is a lesson's register, where
 * everyone is present until marked absent or late; ?klasse=…&dato=… is the contact teacher's
 * whole day for the class. The choices live in the address, so a reload or a shared link opens
 * the same sheet.
 */
export function RegistrationPage() {
  const [params, setParams] = useSearchParams();
  const today = todayInNorway();
  // Absence is registered for days that have come, not ahead.
  const asked = params.get('dato');
  const date = isIsoDate(asked) && asked <= today ? asked : today;
  const choose: Choose = (changes) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const chooseDate = (d: string) => choose({ dato: d === today ? null : d, time: null });

  const klasse = params.get('klasse');
  if (klasse) return <DayRegisterPage groupId={klasse} date={date} today={today} onDate={chooseDate} />;
  if (params.get('gruppe')) return <LessonRegisterPage date={date} today={today} params={params} choose={choose} onDate={chooseDate} />;
  return <MyLessonsPage date={date} today={today} onDate={chooseDate} />;
}

function MyLessonsPage({ date, today, onDate }: { date: string; today: string; onDate: (d: string) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('myLessons.titleToday'));
  return <MyLessons date={date} today={today} onDate={onDate} />;
}

function BackToMyLessons({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to={myLessonsPath(date, today)}>{t('myLessons.back')}</AppLink>
    </Paragraph>
  );
}

/** The whole day's register of the contact teacher's class. */
function DayRegisterPage({ groupId, date, today, onDate }: { groupId: string; date: string; today: string; onDate: (d: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  useDocumentTitle(t('dayRegister.title'));
  const register = useDayRegister(groupId, date);
  const failure = isApiFailure(register.error) ? register.error : null;
  return (
    <div className="stack stack--wide">
      <div className="stack">
        <BackToMyLessons date={date} today={today} />
        <Heading level={1} data-size="lg">
          {register.data ? t('dayRegister.heading', { group: register.data.group.name }) : t('dayRegister.title')}
        </Heading>
        <Paragraph>{t('dayRegister.intro')}</Paragraph>
      </div>
      <div className="choice-row">
        <DateField id={`${id}-date`} label={t('registration.date')} value={date} onChange={onDate} />
      </div>
      {register.isPending ? (
        <LoadingStatus text={t('registration.loadingRegister')} />
      ) : failure?.code === 'forbidden' || failure?.code === 'not_found' ? (
        <ApiErrorAlert error={register.error} heading={t('dayRegister.forbidden')} />
      ) : register.isError ? (
        <ApiErrorAlert error={register.error} onRetry={() => void register.refetch()} />
      ) : (
        <>
          {register.data.registered && <Paragraph>{t('dayRegister.alreadyRegistered', { date: format.date(date) })}</Paragraph>}
          <DayRegisterForm key={`${groupId}:${date}`} register={register.data} />
        </>
      )}
    </div>
  );
}

/** One lesson's register: the teacher picks a group, a date and one of the group's lessons that day. */
function LessonRegisterPage({ date, today, params, choose, onDate }: { date: string; today: string; params: URLSearchParams; choose: Choose; onDate: (d: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('registration.title'));
  const ids = { group: useId(), date: useId(), lesson: useId() };
  const myStudents = useMyStudents();
  const groups = teachingGroups(myStudents.data);
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

  const probeFailure = isApiFailure(probe.error) ? probe.error : null;

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <BackToMyLessons date={date} today={today} />
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
              <DateField id={ids.date} label={t('registration.date')} value={date} onChange={onDate} />
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
            <>
              {register.data.registered && <Paragraph>{t('registration.alreadyRegistered')}</Paragraph>}
              <AttendanceForm key={`${group.id}:${date}:${lesson}`} groupId={group.id} register={register.data} />
            </>
          )}
        </>
      )}
    </div>
  );
}
