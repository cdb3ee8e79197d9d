import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refuseBirthDate } from '../../../../domain/student-age';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { AppLink } from '../../../components/app-link';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { paths } from '../../../lib/home-path';
import { todayInNorway } from '../../../lib/dates';
import { useCompleteBirthDate, useStudentsWithoutBirthDate } from '../api/use-missing-birth-dates';

/**
 * The school's students whose birth date the files lacked (issue 17): imported all the same, and
 * counted as minors by every guardian rule until the school completes the date here. Only a
 * missing date: a wrong one is corrected in the school's own system. For the school's leadership
 * and administrators (the server has the last word); nothing when the server refuses the reader.
 */
export function MissingBirthDatesSection({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useStudentsWithoutBirthDate(schoolId);
  const [saved, setSaved] = useState<string | null>(null);
  // A saved student leaves the list, and its form with the focus: the focus goes to the heading, and the news is read out.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refused = isApiFailure(query.error) && (query.error.status === 403 || query.error.status === 404);
  if (refused) return null;
  const students = query.data?.students ?? [];

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('missingBirthDates.heading')}
      </Heading>
      <Paragraph>{t('missingBirthDates.intro')}</Paragraph>
      <LiveStatus>{saved && <Paragraph>{t('missingBirthDates.saved', { name: saved })}</Paragraph>}</LiveStatus>
      {query.isPending ? (
        <LoadingStatus text={t('missingBirthDates.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : students.length === 0 ? (
        <Paragraph>{t('missingBirthDates.none')}</Paragraph>
      ) : (
        <ul className="plain-list stack">
          {students.map((s) => {
            const name = t('common.personName', { given: s.givenName, family: s.familyName });
            return (
              <li key={s.id} className="stack stack--tight">
                <Paragraph>
                  <AppLink to={paths.student(s.id)}>{name}</AppLink>
                  {s.className ? `, ${s.className}` : ''}
                </Paragraph>
                <BirthDateForm
                  studentId={s.id}
                  name={name}
                  onSaved={() => {
                    setSaved(name);
                    headingRef.current?.focus();
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type FieldProblem = 'required' | 'future' | 'tooEarly' | 'known';

/**
 * A date field and a save button that complete one student's missing birth date. The field's
 * error is tied to it (Designsystemet's Textfield sets aria-describedby and aria-invalid).
 */
export function BirthDateForm({ studentId, name, onSaved }: { studentId: string; name: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteBirthDate(studentId);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const today = todayInNorway();
  const known = isApiFailure(complete.error) && complete.error.code === 'conflict';
  const shown: FieldProblem | null = problem ?? (known ? 'known' : null);
  const otherFailure = complete.isError && !known;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (complete.isPending) return;
    const refusal = value === '' ? 'required' : refuseBirthDate(value, today);
    const found: FieldProblem | null = refusal === 'required' ? 'required' : refusal === 'birth_date_in_future' ? 'future' : refusal === 'birth_date_too_early' ? 'tooEarly' : null;
    setProblem(found);
    if (found) return;
    complete.mutate(value, { onSuccess: () => onSaved?.() });
  };

  return (
    <form className="stack stack--tight" onSubmit={submit} noValidate>
      <div className="picker-row">
        <Textfield
          type="date"
          label={t('missingBirthDates.field', { name })}
          value={value}
          min="1990-01-01"
          max={today}
          required
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(null);
            complete.reset();
          }}
          error={shown ? t(`missingBirthDates.problem.${shown}`) : undefined}
        />
        <Button type="submit" variant="secondary" data-size="sm" loading={complete.isPending} aria-disabled={complete.isPending || undefined}>
          {complete.isPending ? t('missingBirthDates.saving') : t('missingBirthDates.save')}
        </Button>
      </div>
      {otherFailure && <ApiErrorText error={complete.error} />}
    </form>
  );
}
