import '../checks.css';
import { Alert, Checkbox, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckPeriod, CheckRecord, ResourcePerson } from '../../../../shared/workspace-api';
import type { CheckKind } from '../../../../domain/vocabulary';
import { fullPeriod, isRecordOf } from '../../../../domain/checks/check-period';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { NotGiven } from '../../../components/not-given';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { ScrollTable } from '../../../components/scroll-table';
import { SubmitButton } from '../../../components/submit-button';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useCheckHistory, useRecordCheck } from '../api/use-checks';

/** The checks done in a meeting, recorded with its day and who took part (src/domain/checks/check-kinds.ts). */
type MeetingKind = 'manedssjekk' | 'semestersjekk';
const isMeeting = (kind: CheckKind): kind is MeetingKind => kind === 'manedssjekk' || kind === 'semestersjekk';

/**
 * Records that a check was done for the period shown — who, when, a note; for a check done in a
 * meeting (the monthly check with the skolemiljøteam, the semester check's system meeting) the
 * meeting's day and which of the school's resource persons took part; for the semester check the
 * record of its item "Status på fravær" — and shows the history of the checks done, newest first.
 */
export function CheckDoneSection({
  schoolId,
  kind,
  groupId,
  period,
  resourcePersons = [],
}: {
  schoolId: string;
  kind: CheckKind;
  groupId?: string;
  period: CheckPeriod;
  /** Who may take part in a meeting check. */
  resourcePersons?: readonly ResourcePerson[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const history = useCheckHistory(schoolId, kind, groupId);
  const record = useRecordCheck(schoolId);
  const today = todayInNorway();
  const [note, setNote] = useState('');
  const [item, setItem] = useState('');
  const [meetingOn, setMeetingOn] = useState(today);
  const [participants, setParticipants] = useState<string[]>([]);
  const meeting = isMeeting(kind);
  // Månedssjekken's window looks back from today while the month runs: its check is the calendar
  // month's, as leadership's rhythm counts it (isRecordOf).
  const ownPeriod = kind === 'manedssjekk' ? fullPeriod('manedssjekk', period.to, [])! : period;
  const doneForPeriod = history.data?.records.find((r) => isRecordOf(kind, { from: r.periodFrom, to: r.periodTo }, ownPeriod));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    record.mutate(
      {
        kind,
        groupId,
        periodFrom: period.from,
        periodTo: period.to,
        note: note.trim() || undefined,
        systemMeetingItem: kind === 'semestersjekk' ? item.trim() || undefined : undefined,
        ...(meeting ? { meetingOn, participants } : {}),
      },
      {
        onSuccess: () => {
          setNote('');
          setItem('');
          setParticipants([]);
        },
      },
    );
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('checks.done.heading')}
      </Heading>
      <Paragraph>
        {doneForPeriod
          ? t('checks.done.doneForPeriod', { name: doneForPeriod.doneBy, at: format.dateTime(doneForPeriod.doneAt) })
          : t('checks.done.notDoneForPeriod')}
      </Paragraph>
      <form className="stack" onSubmit={submit} noValidate>
        {meeting && (
          <>
            <Textfield
              id={`${id}-meeting-on`}
              type="date"
              className="check-meeting-date"
              label={t('checks.done.meetingOn')}
              description={t('checks.done.meetingOnHelp')}
              required
              min={period.from}
              max={today}
              value={meetingOn}
              onChange={(e) => setMeetingOn(e.target.value)}
            />
            <ParticipantsFieldset kind={kind} resourcePersons={resourcePersons} chosen={participants} onChange={setParticipants} idPrefix={id} />
          </>
        )}
        <Textfield id={`${id}-note`} multiline rows={3} label={t('checks.done.note')} description={t('checks.done.noteHelp')} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        {kind === 'semestersjekk' && (
          <Textfield
            id={`${id}-item`}
            multiline
            rows={4}
            label={t('checks.done.systemMeetingItem')}
            description={t('checks.done.systemMeetingHelp')}
            maxLength={4000}
            value={item}
            onChange={(e) => setItem(e.target.value)}
          />
        )}
        <SubmitButton pending={record.isPending} text={t('checks.done.submit')} pendingText={t('checks.done.pending')} />
        {record.isSuccess && (
          <Alert data-color="success" role="status">
            <Paragraph>{t('checks.done.recorded', { from: format.date(record.data.periodFrom), to: format.date(record.data.periodTo) })}</Paragraph>
          </Alert>
        )}
        {record.isError && <SaveFailureAlert error={record.error} forbiddenText={t('checks.done.forbidden')} />}
      </form>

      <Heading level={3} data-size="sm">
        {t('checks.history.heading')}
      </Heading>
      {history.isPending ? (
        <LoadingStatus text={t('checks.history.loading')} />
      ) : history.isError ? (
        <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.records.length === 0 ? (
        <Paragraph>{t('checks.history.empty')}</Paragraph>
      ) : (
        <HistoryTable kind={kind} records={history.data.records} captionId={`${id}-caption`} />
      )}
    </section>
  );
}

/** The resource persons to choose from, as checkboxes under one legend. */
function ParticipantsFieldset({
  kind,
  resourcePersons,
  chosen,
  onChange,
  idPrefix,
}: {
  kind: MeetingKind;
  resourcePersons: readonly ResourcePerson[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('checks.done.participants')}</Fieldset.Legend>
      <Fieldset.Description>{t(`checks.done.participantsHelp.${kind}`)}</Fieldset.Description>
      {resourcePersons.length === 0 ? (
        <Paragraph>{t('checks.done.noResourcePersons')}</Paragraph>
      ) : (
        resourcePersons.map((person) => (
          <Checkbox
            key={person.id}
            id={`${idPrefix}-participant-${person.id}`}
            label={t('checks.done.participant', { name: person.name, roles: person.roles.map((r) => t(`role.${r}`)).join(', ') })}
            checked={chosen.includes(person.id)}
            onChange={(event) => {
              const on = event.target.checked;
              // In the order offered, whatever the order of the clicks.
              onChange(resourcePersons.filter((p) => (p.id === person.id ? on : chosen.includes(p.id))).map((p) => p.id));
            }}
          />
        ))
      )}
    </Fieldset>
  );
}

function HistoryTable({ kind, records, captionId }: { kind: CheckKind; records: readonly CheckRecord[]; captionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meeting = isMeeting(kind);
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra>
        <caption id={captionId}>{t('checks.history.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('checks.history.columns.period')}</Table.HeaderCell>
            {meeting && <Table.HeaderCell scope="col">{t('checks.history.columns.meetingOn')}</Table.HeaderCell>}
            {meeting && <Table.HeaderCell scope="col">{t('checks.history.columns.participants')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('checks.history.columns.doneBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('checks.history.columns.doneAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('checks.history.columns.note')}</Table.HeaderCell>
            {kind === 'semestersjekk' && <Table.HeaderCell scope="col">{t('checks.history.columns.systemMeetingItem')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {records.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">
                {format.date(r.periodFrom)}–{format.date(r.periodTo)}
              </Table.HeaderCell>
              {meeting && <Table.Cell>{r.meetingOn ? format.date(r.meetingOn) : <NotGiven />}</Table.Cell>}
              {meeting && <Table.Cell>{r.participants.length > 0 ? format.list(r.participants.map((p) => p.name)) : <NotGiven />}</Table.Cell>}
              <Table.Cell>{r.doneBy}</Table.Cell>
              <Table.Cell>{format.dateTime(r.doneAt)}</Table.Cell>
              <Table.Cell>{r.note ?? <NotGiven />}</Table.Cell>
              {kind === 'semestersjekk' && <Table.Cell>{r.systemMeetingItem ?? <NotGiven />}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
