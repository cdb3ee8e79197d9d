import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationResult, StudentDetail } from '../../../../shared/api';
import { hasAbsenceLimit } from '../../../../domain/school-kind-features';
import { LiveStatus } from '../../../components/live-status';
import { RegistrationResultAlert } from '../../../components/registration-result';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { SubmitButton } from '../../../components/submit-button';
import { DateField } from '../../../components/date-field';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useRecordNotice } from '../api/use-record-notice';

type Problems = { date?: boolean; cause?: boolean; lessons?: boolean };

/** The lesson numbers written in the field ("1, 2" or "3 4"), or null if any is not 1–12. */
function lessonsOf(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const numbers = parts.map(Number);
  if (parts.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) return null;
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/**
 * Melding fra hjemmet: the contact teacher records a notice from home about a day's absence,
 * its cause, whether it documents the absence, and which lessons it names: by default the
 * lessons already registered absent that day, or the whole day when none is yet (a guardian
 * calling in the morning). The notice is kept, so a lesson registered absent later that day
 * takes it; it explains absence and never adds any.
 */
export function NoticeForm({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayInNorway());
  const [cause, setCause] = useState('');
  const [documented, setDocumented] = useState(false);
  const [someLessons, setSomeLessons] = useState(false);
  const [lessonsText, setLessonsText] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const dateRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const causeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const lessonsRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const record = useRecordNotice(student.id);
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const lessons = someLessons ? lessonsOf(lessonsText) : undefined;
    const found: Problems = { date: !isIsoDate(date), cause: !cause.trim(), lessons: lessons === null };
    setProblems(found);
    if (found.date) {
      dateRef.current?.focus();
      return;
    }
    if (found.cause) {
      causeRef.current?.focus();
      return;
    }
    if (found.lessons) {
      lessonsRef.current?.focus();
      return;
    }
    setResult(null);
    record.mutate(
      { date, cause: cause.trim(), documented, ...(lessons ? { lessons } : {}) },
      {
        onSuccess: (saved) => {
          setResult(saved);
          setCause('');
        },
      },
    );
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('notice.heading')}
      </Heading>
      <Paragraph>{t('notice.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="stack notice-form">
        <DateField ref={dateRef} id={`${id}-date`} label={t('notice.date')} required value={date} onChange={setDate} error={problems.date ? t('notice.dateMissing') : undefined} />
        <Textfield
          ref={causeRef}
          id={`${id}-cause`}
          label={t('notice.cause')}
          description={t('notice.causeHelp')}
          required
          maxLength={500}
          value={cause}
          onChange={(event) => setCause(event.target.value)}
          error={problems.cause ? t('notice.causeMissing') : undefined}
        />
        <Fieldset>
          <Fieldset.Legend>{t('notice.documented')}</Fieldset.Legend>
          {/* The absence limit is videregående's: a grunnskole's notice says nothing of it. */}
          <Fieldset.Description>{hasAbsenceLimit(student.school.kind) ? t('notice.documentedHelp') : t('notice.documentedHelpNoLimit')}</Fieldset.Description>
          <Radio name={`${id}-documented`} value="ja" label={t('common.yes')} checked={documented} onChange={() => setDocumented(true)} />
          <Radio name={`${id}-documented`} value="nei" label={t('common.no')} checked={!documented} onChange={() => setDocumented(false)} />
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('notice.extent')}</Fieldset.Legend>
          <Fieldset.Description>{t('notice.extentHelp')}</Fieldset.Description>
          <Radio name={`${id}-extent`} value="dagen" label={t('notice.registeredThatDay')} checked={!someLessons} onChange={() => setSomeLessons(false)} />
          <Radio name={`${id}-extent`} value="timer" label={t('notice.someLessons')} checked={someLessons} onChange={() => setSomeLessons(true)} />
        </Fieldset>
        {someLessons && (
          <Textfield
            ref={lessonsRef}
            id={`${id}-lessons`}
            label={t('notice.lessons')}
            description={t('notice.lessonsHelp')}
            inputMode="numeric"
            autoComplete="off"
            value={lessonsText}
            onChange={(event) => setLessonsText(event.target.value)}
            error={problems.lessons ? t('notice.lessonsMissing') : undefined}
          />
        )}
        {record.isError && <SaveFailureAlert error={record.error} forbiddenText={t('notice.forbidden')} />}
        <SubmitButton pending={record.isPending} text={t('notice.submit')} pendingText={t('notice.saving')} />
      </form>
      <LiveStatus>
        {result && (
          <RegistrationResultAlert
            result={result}
            headingLevel={3}
            savedText={t('notice.saved', { count: result.saved })}
            studentName={(studentId) => (studentId === student.id ? studentName : null)}
          />
        )}
      </LiveStatus>
    </section>
  );
}
