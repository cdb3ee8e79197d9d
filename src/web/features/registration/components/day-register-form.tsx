import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRegister, RegistrationResult } from '../../../../shared/api';
import type { DayAttendance } from '../../../api/client';
import { LiveStatus } from '../../../components/live-status';
import { RegistrationResultAlert } from '../../../components/registration-result';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { useFormat } from '../../../i18n/format';
import { useRegisterDay } from '../api/use-my-lessons';
import { AbsenceKind, kindOf, kindToSend, type TypeAtRegistration } from './absence-kind';
import { RegisterRow, RegisterTable } from './register-table';

type Status = 'tilstede' | 'fravaer';
type Row = { status: Status; type: TypeAtRegistration; cause: string };
const statuses: readonly Status[] = ['tilstede', 'fravaer'];

/**
 * The whole day's register of the contact teacher's own class: everyone present until marked
 * away the whole day, with the type and cause where known. Away the whole day replaces the day's
 * single lessons with one whole day.
 */
export function DayRegisterForm({ register }: { register: DayRegister }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(register.students.map((s) => [s.id, { status: s.status, type: kindOf(s.type), cause: s.cause ?? '' }])),
  );
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const save = useRegisterDay(register.group.id);
  const day = format.date(register.date);
  const nameOf = (studentId: string) => {
    const s = register.students.find((x) => x.id === studentId);
    return s ? t('common.personName', { given: s.givenName, family: s.familyName }) : null;
  };
  const set = (studentId: string, change: Partial<Row>) => setRows((current) => ({ ...current, [studentId]: { ...current[studentId]!, ...change } }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const entries: DayAttendance['entries'] = register.students.map((s) => {
      const row = rows[s.id]!;
      return row.status === 'fravaer' ? { studentId: s.id, status: row.status, ...kindToSend(row.type, row.cause) } : { studentId: s.id, status: row.status };
    });
    setResult(null);
    save.mutate({ date: register.date, entries }, { onSuccess: setResult });
  };

  if (register.students.length === 0) return <Paragraph>{t('registration.noStudents')}</Paragraph>;
  const away = register.students.filter((s) => rows[s.id]?.status === 'fravaer').length;

  return (
    // Not a named landmark of its own: the table's scroll region carries the caption's name (axe landmark-unique).
    <section className="stack">
      <form onSubmit={onSubmit} noValidate className="stack">
        <RegisterTable caption={t('dayRegister.caption', { group: register.group.name, date: day })}>
          {register.students.map((student) => {
            const row = rows[student.id]!;
            const name = t('common.personName', { given: student.givenName, family: student.familyName });
            return (
              <RegisterRow
                key={student.id}
                name={name}
                note={student.lessonsAbsent > 0 && row.status === 'tilstede' ? t('dayRegister.lessonsAbsent', { count: student.lessonsAbsent }) : null}
                notice={student.notice}
                radioName={`${id}-${student.id}`}
                statuses={statuses}
                statusLabel={(status) => t(`dayRegister.status.${status}`)}
                status={row.status}
                onStatus={(status) => set(student.id, { status })}
                details={
                  row.status === 'fravaer' ? (
                    <AbsenceKind idPrefix={`${id}-${student.id}`} name={name} type={row.type} cause={row.cause} onChange={(change) => set(student.id, change)} />
                  ) : null
                }
              />
            );
          })}
        </RegisterTable>
        <Paragraph>{t('dayRegister.count', { count: away, total: register.students.length })}</Paragraph>
        {save.isError && <SaveFailureAlert error={save.error} forbiddenText={t('dayRegister.forbidden')} />}
        <div className="button-row">
          <Button type="submit" loading={save.isPending} aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('registration.saving') : t('dayRegister.save')}
          </Button>
        </div>
      </form>
      <LiveStatus>
        {result && <RegistrationResultAlert result={result} headingLevel={2} savedText={t('dayRegister.saved', { count: result.saved, date: day })} studentName={nameOf} />}
      </LiveStatus>
    </section>
  );
}
