import '../plans/plans.css';
import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LiveStatus } from '../../components/live-status';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { SignalLight } from '../../components/signal-light';
import { usePageOutcome } from '../../components/use-page-outcome';
import { useFormat } from '../../i18n/format';
import { todayInNorway } from '../../lib/dates';
import { paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { casePaths } from '../cases/case-paths';
import type { ClassMeeting, ClassMeetingAgenda } from './api/class-meeting-client';
import { useClassMeetingAgenda, useClassMeetings, useRecordClassMeeting } from './api/use-class-meeting';
import {
  agendaOrder,
  checkMeeting,
  defaultDestination,
  meetingBody,
  newCaseKinds,
  type AgendaItem,
  type DecisionDraft,
  type Destination,
  type MeetingProblems,
} from './class-meeting-form';

/**
 * Klasselærermøtet: the class's students with open flags or open cases as the agenda, a decision
 * for each that goes into the student's case (or opens one), who was present, and the meetings
 * held before with their decisions. For the class's contact teacher, rådgiver and leadership.
 */
export function ClassMeetingPage() {
  const { t } = useTranslation();
  const { groupId } = useParams();
  const agenda = useClassMeetingAgenda(groupId);
  const meetings = useClassMeetings(groupId, agenda.isSuccess);
  const { refusal, title } = usePageOutcome(
    agenda,
    {
      loaded: (a) => t('classMeeting.titleFor', { group: a.group.name }),
      forbidden: t('classMeeting.forbidden.title'),
      notFound: t('classMeeting.notFound.title'),
      pending: t('classMeeting.title'),
    },
    groupId && /^[0-9a-f-]{36}$/i.test(groupId) ? null : 'notFound',
  );
  const [saved, setSaved] = useState<{ count: number } | null>(null);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('classMeeting.intro')}</Paragraph>
      </div>
      {refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? t('classMeeting.forbidden.text') : t('classMeeting.notFound.text')} />
      ) : agenda.isPending ? (
        <LoadingStatus text={t('classMeeting.loading')} />
      ) : agenda.isError ? (
        <ApiErrorAlert error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : (
        <>
          <LiveStatus>
            {saved && (
              <Alert data-color="success">
                <Paragraph>{t('classMeeting.saved', { count: saved.count })}</Paragraph>
              </Alert>
            )}
          </LiveStatus>
          <MeetingForm
            agenda={agenda.data}
            onSaved={(count) => setSaved({ count })}
            onStart={() => setSaved(null)}
          />
          <EarlierMeetings query={meetings} />
        </>
      )}
    </div>
  );
}

function MeetingForm({ agenda, onSaved, onStart }: { agenda: ClassMeetingAgenda; onSaved: (count: number) => void; onStart: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useSession();
  const today = todayInNorway();
  const items = agendaOrder(agenda.items);
  const [heldOn, setHeldOn] = useState(today);
  const [present, setPresent] = useState<string[]>([session.name]);
  // Only the decisions someone has touched; the others start from their default.
  const [drafts, setDrafts] = useState<Record<string, DecisionDraft>>({});
  const draftOf = (item: AgendaItem): DecisionDraft => drafts[item.student.id] ?? { text: '', destination: defaultDestination(item) };
  const [problems, setProblems] = useState<MeetingProblems>({});
  const record = useRecordClassMeeting(agenda.group.id);
  const failure = isApiFailure(record.error) ? record.error : null;
  const headingRef = useRef<HTMLHeadingElement>(null);

  const setDraft = (item: AgendaItem, patch: Partial<DecisionDraft>) =>
    setDrafts((current) => ({ ...current, [item.student.id]: { ...(current[item.student.id] ?? draftOf(item)), ...patch } }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = checkMeeting(heldOn, present, today);
    setProblems(found);
    if (found.heldOn) return document.getElementById(`${id}-date`)?.focus();
    if (found.present) return document.getElementById(`${id}-present-0`)?.focus();
    onStart();
    const body = meetingBody(heldOn, present, drafts);
    record.mutate(body, {
      onSuccess: () => {
        setDrafts({});
        onSaved(body.decisions.length);
        headingRef.current?.focus();
      },
    });
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('classMeeting.agendaHeading', { count: items.length })}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="stack plan-form">
        <Fieldset className="plan-group">
          <Fieldset.Legend>{t('classMeeting.meeting')}</Fieldset.Legend>
          <Textfield
            id={`${id}-date`}
            type="date"
            className="plan-date"
            label={t('classMeeting.heldOn')}
            required
            max={today}
            value={heldOn}
            onChange={(event) => setHeldOn(event.target.value)}
            error={problems.heldOn === 'missing' ? t('classMeeting.heldOnMissing') : problems.heldOn === 'future' ? t('classMeeting.heldOnFuture') : undefined}
          />
          <Fieldset>
            <Fieldset.Legend>{t('classMeeting.present')}</Fieldset.Legend>
            <Fieldset.Description>{t('classMeeting.presentHelp')}</Fieldset.Description>
            {problems.present && (
              <div>
                <ValidationMessage>{t('classMeeting.presentMissing')}</ValidationMessage>
              </div>
            )}
            {present.map((name, index) => (
              <div key={index} className="plan-line">
                <Textfield
                  id={`${id}-present-${index}`}
                  label={t('classMeeting.presentN', { n: index + 1 })}
                  maxLength={200}
                  value={name}
                  onChange={(event) => {
                    const value = event.target.value;
                    setPresent((current) => current.map((p, i) => (i === index ? value : p)));
                  }}
                />
                {present.length > 1 && (
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => {
                      setPresent((current) => current.filter((_, i) => i !== index));
                      requestAnimationFrame(() => document.getElementById(`${id}-add-present`)?.focus());
                    }}
                  >
                    {t('classMeeting.removePresent', { name: name || t('classMeeting.presentN', { n: index + 1 }) })}
                  </Button>
                )}
              </div>
            ))}
            <div>
              <Button
                id={`${id}-add-present`}
                type="button"
                variant="secondary"
                data-size="sm"
                onClick={() => {
                  const index = present.length;
                  setPresent((current) => [...current, '']);
                  requestAnimationFrame(() => document.getElementById(`${id}-present-${index}`)?.focus());
                }}
              >
                {t('classMeeting.addPresent')}
              </Button>
            </div>
          </Fieldset>
        </Fieldset>

        {items.length === 0 ? (
          <Paragraph>{t('classMeeting.nothingOnAgenda')}</Paragraph>
        ) : (
          <ul className="agenda-list">
            {items.map((item) => (
              <li key={item.student.id}>
                <AgendaEntry item={item} draft={draftOf(item)} onChange={(patch) => setDraft(item, patch)} formId={id} />
              </li>
            ))}
          </ul>
        )}

        {record.isError && (
          <Alert data-color={failure?.code === 'forbidden' || failure?.code === 'conflict' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? <Paragraph>{t('classMeeting.forbidden.save')}</Paragraph> : <ApiErrorText error={record.error} />}
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" loading={record.isPending} aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('classMeeting.saving') : t('classMeeting.save')}
          </Button>
        </div>
        <Paragraph data-size="sm" className="muted">
          {t('classMeeting.saveHelp', { date: format.date(heldOn || today) })}
        </Paragraph>
      </form>
    </section>
  );
}

function AgendaEntry({ item, draft, onChange, formId }: { item: AgendaItem; draft: DecisionDraft; onChange: (patch: Partial<DecisionDraft>) => void; formId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `${formId}-${item.student.id}`;
  // The student's one light (studentLight on the server), with its reasons behind it.
  const { signal } = item;
  const destinations: Destination[] = [...item.cases.map((c) => `case:${c.id}` as const), ...newCaseKinds.map((k) => `open:${k}` as const), 'none'];
  const destinationText = (destination: Destination) => {
    if (destination === 'none') return t('classMeeting.destination.none');
    if (destination.startsWith('open:')) return t('classMeeting.destination.open', { kind: t(`caseKind.${destination.slice(5)}`) });
    const kase = item.cases.find((c) => `case:${c.id}` === destination)!;
    return t('classMeeting.destination.case', { kind: t(`caseKind.${kase.kind}`), step: t(`caseStep.${kase.step}`) });
  };

  return (
    <article className={`agenda-item agenda-item--${signal.level} stack stack--tight`} aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        <AppLink to={paths.student(item.student.id)}>{item.student.name}</AppLink>
      </Heading>
      {signal.flags.length > 0 && (
        <div>
          <Paragraph data-size="sm">
            <strong>{t('classMeeting.flags', { count: signal.flags.length })}</strong>
          </Paragraph>
          <SignalLight signal={signal} />
        </div>
      )}
      {item.cases.length > 0 && (
        <div>
          <Paragraph data-size="sm">
            <strong>{t('classMeeting.cases', { count: item.cases.length })}</strong>
          </Paragraph>
          <ul className="plan-lines">
            {item.cases.map((c) => (
              <li key={c.id}>
                <AppLink to={casePaths.ofKind(c.kind, c.id)}>{t(`caseKind.${c.kind}`)}</AppLink>
                {': '}
                {t('classMeeting.caseStep', { step: t(`caseStep.${c.step}`), date: format.date(c.stepDueOn) })}{' '}
                {c.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    {t('classMeeting.overdue')}
                  </Tag>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Textfield
        id={`${headingId}-decision`}
        multiline
        rows={2}
        label={t('classMeeting.decision', { name: item.student.name })}
        description={t('classMeeting.decisionHelp')}
        maxLength={4000}
        value={draft.text}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('classMeeting.destinationLegend', { name: item.student.name })}</Fieldset.Legend>
        {destinations.map((destination) => (
          <Radio
            key={destination}
            name={`${headingId}-destination`}
            value={destination}
            label={destinationText(destination)}
            checked={draft.destination === destination}
            onChange={() => onChange({ destination })}
          />
        ))}
      </Fieldset>
    </article>
  );
}

function EarlierMeetings({ query }: { query: ReturnType<typeof useClassMeetings> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const meetings = [...(query.data?.meetings ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('classMeeting.earlier')}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('classMeeting.loadingEarlier')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : meetings.length === 0 ? (
        <Paragraph>{t('classMeeting.noEarlier')}</Paragraph>
      ) : (
        <ul className="plan-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <EarlierMeeting meeting={meeting} headingText={t('classMeeting.meetingOn', { date: format.date(meeting.heldOn) })} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EarlierMeeting({ meeting, headingText }: { meeting: ClassMeeting; headingText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  return (
    <article className="plan-card stack stack--tight" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {headingText}
      </Heading>
      <Paragraph data-size="sm">{t('classMeeting.presentList', { names: format.list(meeting.present) })}</Paragraph>
      {meeting.decisions.length === 0 ? (
        <Paragraph>{t('classMeeting.noDecisions')}</Paragraph>
      ) : (
        <ul className="plan-lines">
          {meeting.decisions.map((d, i) => (
            <li key={`${d.studentId}:${i}`}>
              <strong>{d.studentName}:</strong> <span className="pre-line">{d.text}</span>{' '}
              {d.caseId && <AppLink to={casePaths.case(d.caseId)}>{t('classMeeting.toCase', { name: d.studentName })}</AppLink>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
