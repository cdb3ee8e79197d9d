import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationResult, StudentDetail } from '../../../../shared/api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { RegistrationResultAlert } from '../../../components/registration-result';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useRecordNotice } from '../api/use-record-notice';

type Problems = { date?: boolean; cause?: boolean };

/**
 * Melding fra hjemmet: the contact teacher records a notice from home about a day's absence,
 * its cause, whether it documents the absence, and whether it covers the whole day.
 */
export function NoticeForm({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayInNorway());
  const [cause, setCause] = useState('');
  const [documented, setDocumented] = useState(false);
  const [wholeDay, setWholeDay] = useState(true);
  const [problems, setProblems] = useState<Problems>({});
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const dateRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const causeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const record = useRecordNotice(student.id);
  const failure = isApiFailure(record.error) ? record.error : null;
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found: Problems = { date: !isIsoDate(date), cause: !cause.trim() };
    setProblems(found);
    if (found.date) {
      dateRef.current?.focus();
      return;
    }
    if (found.cause) {
      causeRef.current?.focus();
      return;
    }
    setResult(null);
    record.mutate(
      { date, cause: cause.trim(), documented, wholeDay },
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
        <Textfield
          ref={dateRef}
          id={`${id}-date`}
          type="date"
          label={t('notice.date')}
          required
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={problems.date ? t('notice.dateMissing') : undefined}
        />
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
          <Fieldset.Description>{t('notice.documentedHelp')}</Fieldset.Description>
          <Radio name={`${id}-documented`} value="ja" label={t('common.yes')} checked={documented} onChange={() => setDocumented(true)} />
          <Radio name={`${id}-documented`} value="nei" label={t('common.no')} checked={!documented} onChange={() => setDocumented(false)} />
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('notice.extent')}</Fieldset.Legend>
          <Radio name={`${id}-whole-day`} value="dag" label={t('notice.wholeDay')} checked={wholeDay} onChange={() => setWholeDay(true)} />
          <Radio
            name={`${id}-whole-day`}
            value="timer"
            label={t('notice.registeredLessons')}
            checked={!wholeDay}
            onChange={() => setWholeDay(false)}
          />
        </Fieldset>
        {record.isError && (
          <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? <Paragraph>{t('notice.forbidden')}</Paragraph> : <ApiErrorText error={record.error} />}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={record.isPending} aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('notice.saving') : t('notice.submit')}
          </Button>
        </div>
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
