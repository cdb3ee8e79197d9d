import { Button, ErrorSummary, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonRegister, RegistrationResult } from '../../../../shared/api';
import { attendanceStatuses } from '../../../../domain/vocabulary';
import type { AttendanceEntry, AttendanceStatus } from '../../../api/client';
import { LiveStatus } from '../../../components/live-status';
import { RegistrationResultAlert } from '../../../components/registration-result';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { useFormat } from '../../../i18n/format';
import { useRegisterAttendance } from '../api/use-lesson-register';
import { AbsenceKind, kindOf, kindToSend, type TypeAtRegistration } from './absence-kind';
import { RegisterRow, RegisterTable } from './register-table';

type Row = { status: AttendanceStatus; minutes: string; type: TypeAtRegistration; cause: string };

function initialRows(register: LessonRegister): Record<string, Row> {
  return Object.fromEntries(
    register.students.map((s) => [s.id, { status: s.status, minutes: s.minutesLate === null ? '' : String(s.minutesLate), type: kindOf(s.type), cause: s.cause ?? '' }]),
  );
}

/** Minutes late: a whole number from 1 to 240, or null when not. */
function minutesOf(row: Row): number | null {
  const value = Number(row.minutes.trim());
  return /^\d+$/.test(row.minutes.trim()) && value >= 1 && value <= 240 ? value : null;
}

/**
 * The register sheet: one radio group per student (present, absent, late), everyone present
 * until marked; minutes for the late ones; for the absent ones, where the teacher knows them,
 * the type and cause (optional: left alone, "not met, without notice"). Saving shows how many were saved and any new flags,
 * in a status message.
 */
export function AttendanceForm({ groupId, register }: { groupId: string; register: LessonRegister }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [rows, setRows] = useState(() => initialRows(register));
  const [attempt, setAttempt] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const save = useRegisterAttendance(groupId);

  const nameOf = (studentId: string) => {
    const s = register.students.find((x) => x.id === studentId);
    return s ? t('common.personName', { given: s.givenName, family: s.familyName }) : null;
  };
  const minutesId = (studentId: string) => `${id}-minutter-${studentId}`;
  const lessonText = t('registration.lessonOnDate', { number: register.lessonNumber, date: format.date(register.date) });

  const set = (studentId: string, change: Partial<Row>) => {
    setRows((current) => ({ ...current, [studentId]: { ...current[studentId]!, ...change } }));
    // A student no longer late has no minutes to give.
    if (change.status !== undefined && change.status !== 'forsent') setProblems((current) => current.filter((p) => p !== studentId));
  };

  const counts = attendanceStatuses.map((status) => ({
    status,
    count: register.students.filter((s) => rows[s.id]?.status === status).length,
  }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const bad = register.students.filter((s) => rows[s.id]?.status === 'forsent' && minutesOf(rows[s.id]!) === null).map((s) => s.id);
    setAttempt((n) => n + 1);
    setProblems(bad);
    if (bad.length > 0) return;

    const entries: AttendanceEntry[] = register.students.map((s) => {
      const row = rows[s.id]!;
      if (row.status === 'forsent') return { studentId: s.id, status: row.status, minutesLate: minutesOf(row) };
      if (row.status === 'fravaer' && !s.wholeDay) return { studentId: s.id, status: row.status, ...kindToSend(row.type, row.cause) };
      return { studentId: s.id, status: row.status };
    });
    setResult(null);
    save.mutate({ date: register.date, lessonNumber: register.lessonNumber, entries }, { onSuccess: setResult });
  };

  if (register.students.length === 0) {
    return <Paragraph>{t('registration.noStudents')}</Paragraph>;
  }

  return (
    // Not a named landmark of its own: the table's scroll region carries the caption's name (axe landmark-unique).
    <section className="stack">
      {problems.length > 0 && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading level={2} data-size="xs">
            {t('registration.problemsHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((studentId) => (
              <ErrorSummary.Item key={studentId}>
                <ErrorSummary.Link
                  href={`#${minutesId(studentId)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(minutesId(studentId))?.focus();
                  }}
                >
                  {t('registration.minutesMissingFor', { name: nameOf(studentId) })}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      <form onSubmit={onSubmit} noValidate className="stack">
        <RegisterTable
          caption={t('registration.caption', {
            group: register.group.subjectName ? `${register.group.name} (${register.group.subjectName})` : register.group.name,
            lesson: lessonText,
          })}
        >
          {register.students.map((student) => {
            const row = rows[student.id]!;
            const name = t('common.personName', { given: student.givenName, family: student.familyName });
            const hasProblem = problems.includes(student.id);
            return (
              <RegisterRow
                key={student.id}
                name={name}
                note={student.wholeDay ? t('registration.wholeDayRecorded') : null}
                notice={student.notice}
                radioName={`${id}-${student.id}`}
                statuses={attendanceStatuses}
                statusLabel={(status) => t(`attendance.${status}`)}
                status={row.status}
                onStatus={(status) => set(student.id, { status })}
                details={
                  row.status === 'forsent' ? (
                    <Textfield
                      id={minutesId(student.id)}
                      data-size="sm"
                      className="minutes-field"
                      aria-label={t('registration.minutesLateFor', { name })}
                      inputMode="numeric"
                      pattern="[0-9]*"
                      autoComplete="off"
                      value={row.minutes}
                      onChange={(event) => set(student.id, { minutes: event.target.value })}
                      error={hasProblem ? t('registration.minutesMissing') : undefined}
                    />
                  ) : row.status === 'fravaer' && !student.wholeDay ? (
                    <AbsenceKind idPrefix={`${id}-${student.id}`} name={name} type={row.type} cause={row.cause} onChange={(change) => set(student.id, change)} />
                  ) : null
                }
              />
            );
          })}
        </RegisterTable>

        <Paragraph>
          {counts.map(({ status, count }) => t(`registration.count.${status}`, { count })).join(' · ')}
        </Paragraph>

        {save.isError && <SaveFailureAlert error={save.error} forbiddenText={t('registration.forbiddenSave')} />}

        <div className="button-row">
          <Button type="submit" loading={save.isPending} aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('registration.saving') : t('registration.save')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              // A student recorded away the whole day (a notice from home, say) stays away.
              setRows(
                Object.fromEntries(
                  register.students.map((s) => [s.id, { status: s.wholeDay ? ('fravaer' as const) : ('tilstede' as const), minutes: '', type: 'ikke_mott' as const, cause: '' }]),
                ),
              );
              setProblems([]);
            }}
          >
            {t('registration.allPresent')}
          </Button>
        </div>
      </form>

      <LiveStatus>
        {result && (
          <RegistrationResultAlert
            result={result}
            headingLevel={2}
            savedText={t('registration.saved', { count: result.saved, lesson: lessonText })}
            studentName={nameOf}
          />
        )}
      </LiveStatus>
    </section>
  );
}
