import { Alert, Button, Fieldset, Paragraph, Radio, Table } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRegister, RegistrationResult } from '../../../../shared/api';
import { isApiFailure, type DayAttendance } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { RegistrationResultAlert } from '../../../components/registration-result';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { useRegisterDay } from '../api/use-my-lessons';
import { AbsenceKind, kindOf, kindToSend, type TypeAtRegistration } from './absence-kind';
import { HomeNoticeLine } from './home-notice-line';

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
  const captionId = `${id}-caption`;
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(register.students.map((s) => [s.id, { status: s.status, type: kindOf(s.type), cause: s.cause ?? '' }])),
  );
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const save = useRegisterDay(register.group.id);
  const failure = isApiFailure(save.error) ? save.error : null;
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
        <ScrollTable captionId={captionId}>
          <Table border zebra className="register-table">
            <caption id={captionId}>{t('dayRegister.caption', { group: register.group.name, date: day })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('registration.columns.student')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('registration.columns.attendance')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('registration.columns.details')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {register.students.map((student) => {
                const row = rows[student.id]!;
                const name = t('common.personName', { given: student.givenName, family: student.familyName });
                return (
                  <Table.Row key={student.id}>
                    <Table.HeaderCell scope="row">
                      {name}
                      {student.lessonsAbsent > 0 && row.status === 'tilstede' && (
                        <>
                          <br />
                          <span className="muted">{t('dayRegister.lessonsAbsent', { count: student.lessonsAbsent })}</span>
                        </>
                      )}
                      <HomeNoticeLine notice={student.notice} />
                    </Table.HeaderCell>
                    <Table.Cell>
                      <Fieldset className="attendance-choice" data-size="sm">
                        <Fieldset.Legend className="visually-hidden">{t('registration.attendanceFor', { name })}</Fieldset.Legend>
                        {statuses.map((status) => (
                          <Radio
                            key={status}
                            name={`${id}-${student.id}`}
                            value={status}
                            label={t(`dayRegister.status.${status}`)}
                            checked={row.status === status}
                            onChange={() => set(student.id, { status })}
                          />
                        ))}
                      </Fieldset>
                    </Table.Cell>
                    <Table.Cell>
                      {row.status === 'fravaer' ? (
                        <AbsenceKind idPrefix={`${id}-${student.id}`} name={name} type={row.type} cause={row.cause} onChange={(change) => set(student.id, change)} />
                      ) : (
                        <span className="muted" aria-hidden="true">
                          –
                        </span>
                      )}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollTable>
        <Paragraph>{t('dayRegister.count', { count: away, total: register.students.length })}</Paragraph>
        {save.isError && (
          <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? <Paragraph>{t('dayRegister.forbidden')}</Paragraph> : <ApiErrorText error={save.error} />}
          </Alert>
        )}
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
