import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { noShowOutcome } from '../../../../domain/ot/no-show';
import { ageOn } from '../../../../domain/school-calendar';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { CaseSection, useSectionForm } from '../../cases/components/case-section';
import { FormFooter } from '../../cases/components/form-footer';
import { FieldsetError } from '../../cases/components/form-problems';
import { useRecordHeld, useRecordNoShow } from '../api/use-avklaring';
import { mayRecordOutcome, meetingDay, pendingMeeting, type Meeting } from '../avklaring-state';
import { avklaringParticipantKinds, contactOutcomes, noShowDecisions, phoneChannels, type ContactOutcome, type NoShowDecision, type PhoneChannel } from '../avklaring-vocabulary';
import { missingPresent, type Proposed } from '../meeting-participants';
import { CancelMeetingForm } from './cancel-meeting-form';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

type Mode = 'held' | 'noShow' | 'cancel';
type News = { kind: 'held' } | { kind: 'cancelled' } | { kind: 'noShow'; next: 'kall_inn_ny' | 'avtale_utan_samtale' };

/**
 * "Etter møtet": the meeting summoned is recorded as held — who was present (the mandatory parts
 * still missing are shown with the reason, and the meeting cannot be recorded without them) and
 * who signed the form — or the no-show procedure: the try to reach the student at the start, and
 * whether a new meeting must be summoned.
 */
export function MeetingOutcomeSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm<News>({ keepNewsOnOpen: true });
  const [mode, setMode] = useState<Mode | null>(null);
  const heldRef = useRef<HTMLButtonElement>(null);
  const noShowRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const meeting = pendingMeeting(detail);
  const may = detail.status === 'aapen' && detail.mayWrite;

  if (!meeting || !may) {
    if (!section.news) return null;
  }

  const cancel = (which: Mode) => {
    setMode(null);
    requestAnimationFrame(() => (which === 'held' ? heldRef : which === 'noShow' ? noShowRef : cancelRef).current?.focus());
  };
  const done = (news: News) => {
    setMode(null);
    section.saved(news);
  };
  const newsText = section.news
    ? section.news.kind === 'held'
      ? t('otAvklaring.outcome.heldSaved')
      : section.news.kind === 'cancelled'
        ? t('otAvklaring.outcome.cancelled')
        : section.news.next === 'kall_inn_ny'
        ? t('otAvklaring.outcome.noShowNewMeeting')
        : t('otAvklaring.outcome.noShowNoNewMeeting')
    : null;

  return (
    <CaseSection
      section={section}
      heading={t('otAvklaring.outcome.heading')}
      intro={meeting ? t('otAvklaring.outcome.intro', { when: format.dateTime(meeting.startsAt) }) : t('otAvklaring.outcome.introDone')}
      news={newsText}
    >
      {meeting && may && mode === null && !mayRecordOutcome(meeting, todayInNorway()) && (
        <>
          <Paragraph>{t('otAvklaring.outcome.notYet', { date: format.date(meetingDay(meeting)) })}</Paragraph>
          <div className="button-row">
            <Button ref={cancelRef} variant="secondary" onClick={() => {
                section.setNews(null);
                setMode('cancel');
              }}>
              {t('otAvklaring.outcome.cancelMeeting')}
            </Button>
          </div>
        </>
      )}
      {meeting && may && mode === null && mayRecordOutcome(meeting, todayInNorway()) && (
        <div className="button-row">
          <Button ref={heldRef} onClick={() => {
              section.setNews(null);
              setMode('held');
            }}>
            {t('otAvklaring.outcome.recordHeld')}
          </Button>
          <Button ref={noShowRef} variant="secondary" onClick={() => {
              section.setNews(null);
              setMode('noShow');
            }}>
            {t('otAvklaring.outcome.recordNoShow')}
          </Button>
          <Button ref={cancelRef} variant="tertiary" onClick={() => {
              section.setNews(null);
              setMode('cancel');
            }}>
            {t('otAvklaring.outcome.cancelMeeting')}
          </Button>
        </div>
      )}
      {meeting && mode === 'held' && <HeldForm detail={detail} meeting={meeting} onCancel={() => cancel('held')} onSaved={() => done({ kind: 'held' })} />}
      {meeting && mode === 'cancel' && <CancelMeetingForm detail={detail} meeting={meeting} onCancel={() => cancel('cancel')} onSaved={() => done({ kind: 'cancelled' })} />}
      {meeting && mode === 'noShow' && <NoShowForm detail={detail} meeting={meeting} onCancel={() => cancel('noShow')} onSaved={(next) => done({ kind: 'noShow', next })} />}
    </CaseSection>
  );
}

type Extra = Proposed & { key: number };
let extraKey = 0;

function HeldForm({ detail, meeting, onCancel, onSaved }: { detail: AvklaringDetail; meeting: Meeting; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const held = useRecordHeld(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(held.error);
  const [present, setPresent] = useState<ReadonlySet<number>>(new Set());
  const [extras, setExtras] = useState<Extra[]>([]);
  const [unsigned, setUnsigned] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  const [noSigner, setNoSigner] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const extraRefs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement | null>());
  const day = meetingDay(meeting);
  const ageOnDay = detail.student.birthDate === null ? null : ageOn(detail.student.birthDate, day);
  const named = extras.filter((e) => e.name.trim());
  const missing = missingPresent(meeting.participants, present, named, detail.student.birthDate, day);
  const presentNames = [...new Set([...meeting.participants.filter((_, i) => present.has(i)).map((p) => p.name), ...named.map((e) => e.name.trim())])];
  const signedBy = presentNames.filter((name) => !unsigned.has(name));

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (held.isPending) return;
    // The meeting cannot be recorded as held without the mandatory parts: refused here, with the reason.
    setRefused(missing.length > 0);
    setNoSigner(signedBy.length === 0);
    if (missing.length > 0) return missingRef.current?.focus();
    if (signedBy.length === 0) return;
    held.mutate(
      {
        meetingId: meeting.id,
        body: { present: [...present].sort((a, b) => a - b), alsoPresent: named.map((e) => ({ kind: e.kind, name: e.name.trim() })), signedBy },
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.outcome.heldHeading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.present')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.outcome.presentHelp')}</Fieldset.Description>
        {meeting.participants.map((p, index) => (
          <Checkbox
            key={`${p.kind}-${p.name}-${index}`}
            ref={index === 0 ? firstRef : undefined}
            id={`${id}-present-${index}`}
            label={t('otAvklaring.meetings.person', { name: p.name, kind: t(`otAvklaring.kind.${p.kind}`) })}
            checked={present.has(index)}
            onChange={(event) => {
              const on = event.target.checked;
              setPresent((set) => {
                const next = new Set(set);
                if (on) next.add(index);
                else next.delete(index);
                return next;
              });
            }}
          />
        ))}
        <FieldsetError text={fieldError('present')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.alsoPresent')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.outcome.alsoPresentHelp')}</Fieldset.Description>
        {extras.map((extra, index) => {
          const number = index + 1;
          return (
            <div key={extra.key} className="case-person-row">
              <Field>
                <Label htmlFor={`${id}-extra-${extra.key}-kind`}>{t('otAvklaring.outcome.extraKind', { number })}</Label>
                <Select
                  id={`${id}-extra-${extra.key}-kind`}
                  width="auto"
                  value={extra.kind}
                  onChange={(event) => setExtras((list) => list.map((e) => (e.key === extra.key ? { ...e, kind: event.target.value as Extra['kind'] } : e)))}
                >
                  {avklaringParticipantKinds.map((kind) => (
                    <Select.Option key={kind} value={kind}>
                      {t(`otAvklaring.kind.${kind}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                ref={(element) => {
                  extraRefs.current.set(extra.key, element);
                }}
                id={`${id}-extra-${extra.key}-name`}
                label={t('otAvklaring.outcome.extraName', { number })}
                maxLength={200}
                autoComplete="off"
                value={extra.name}
                onChange={(event) => setExtras((list) => list.map((e) => (e.key === extra.key ? { ...e, name: event.target.value } : e)))}
                error={fieldError(`alsoPresent.${index}`)}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('otAvklaring.outcome.removeExtra', { number })}
                onClick={() => {
                  setExtras((list) => list.filter((e) => e.key !== extra.key));
                  requestAnimationFrame(() => addRef.current?.focus());
                }}
              >
                {t('otAvklaring.meetings.remove')}
              </Button>
            </div>
          );
        })}
        {extras.length < 10 && (
          <div>
            <Button
              ref={addRef}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                const extra: Extra = { key: extraKey++, kind: 'foresett', name: '' };
                setExtras((list) => [...list, extra]);
                requestAnimationFrame(() => extraRefs.current.get(extra.key)?.focus());
              }}
            >
              {t('otAvklaring.outcome.addExtra')}
            </Button>
          </div>
        )}
      </Fieldset>
      <div ref={missingRef} tabIndex={-1} aria-live="polite" id={`${id}-missing`}>
        {missing.length > 0 ? (
          <Alert data-color={refused ? 'danger' : 'warning'}>
            <Paragraph>{refused ? t('otAvklaring.outcome.refusedMissing') : t('otAvklaring.outcome.missingIntro')}</Paragraph>
            <ul>
              {missing.map((part) => (
                <li key={part}>
                  {part === 'foresette'
                    ? ageOnDay === null
                      ? t('otAvklaring.outcome.missingGuardiansBirthDateMissing')
                      : t('otAvklaring.outcome.missingGuardians', { age: ageOnDay, date: format.date(day) })
                    : t(`otAvklaring.part.${part}`)}
                </li>
              ))}
            </ul>
            <Paragraph data-size="sm">{t('otAvklaring.outcome.missingWhy')}</Paragraph>
          </Alert>
        ) : (
          <Paragraph data-size="sm">{t('otAvklaring.outcome.allPresent')}</Paragraph>
        )}
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.signedBy')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.outcome.signedByHelp')}</Fieldset.Description>
        {presentNames.length === 0 ? (
          <Paragraph data-size="sm">{t('otAvklaring.outcome.noOnePresent')}</Paragraph>
        ) : (
          presentNames.map((name, i) => (
            <Checkbox
              key={name}
              id={`${id}-signed-${i}`}
              label={name}
              checked={!unsigned.has(name)}
              onChange={(event) => {
                const on = event.target.checked;
                setUnsigned((set) => {
                  const next = new Set(set);
                  if (on) next.delete(name);
                  else next.add(name);
                  return next;
                });
              }}
            />
          ))
        )}
        <FieldsetError text={fieldError('signedBy', noSigner && signedBy.length === 0 && t('otAvklaring.outcome.signedByMissing'))} />
      </Fieldset>
      <FormFooter
        error={held.error}
        fields={['present', 'alsoPresent', 'signedBy']}
        explain={explain}
        texts={{ conflict: t('otAvklaring.outcome.refused') }}
        pending={held.isPending}
        submitText={t('otAvklaring.outcome.submitHeld')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}

function NoShowForm({
  detail,
  meeting,
  onCancel,
  onSaved,
}: {
  detail: AvklaringDetail;
  meeting: Meeting;
  onCancel: () => void;
  onSaved: (next: 'kall_inn_ny' | 'avtale_utan_samtale') => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const noShow = useRecordNoShow(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(noShow.error);
  const [channel, setChannel] = useState<PhoneChannel>('telefon');
  const [who, setWho] = useState(detail.student.name);
  const [outcome, setOutcome] = useState<ContactOutcome>('ikke_naadd');
  const [contactNote, setContactNote] = useState('');
  const [unclear, setUnclear] = useState<'ja' | 'nei' | null>(null);
  const [decided, setDecided] = useState<NoShowDecision | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ who?: boolean; unclear?: boolean; decided?: boolean }>({});
  const firstRef = useRef<HTMLInputElement>(null);
  const whoRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const unclearRef = useRef<HTMLInputElement>(null);
  const decidedRef = useRef<HTMLInputElement>(null);
  const result = unclear === null ? null : noShowOutcome({ contactTried: true, unclearWhetherLeaving: unclear === 'ja', decidedWithOt: decided ?? undefined });

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (noShow.isPending) return;
    const found = { who: !who.trim(), unclear: unclear === null, decided: unclear === 'nei' && decided === null };
    setProblems(found);
    if (found.who) return whoRef.current?.focus();
    if (found.unclear) return unclearRef.current?.focus();
    if (found.decided) return decidedRef.current?.focus();
    const next = unclear === 'ja' || decided === 'ny_samtale' ? 'kall_inn_ny' : 'avtale_utan_samtale';
    noShow.mutate(
      {
        meetingId: meeting.id,
        body: {
          contact: { channel, who: who.trim(), outcome, note: contactNote.trim() },
          unclearWhetherLeaving: unclear === 'ja',
          ...(unclear === 'nei' && decided ? { decidedWithOt: decided } : {}),
          note: note.trim(),
        },
      },
      { onSuccess: () => onSaved(next) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.outcome.noShowHeading')}
      </Heading>
      <Paragraph>{t('otAvklaring.outcome.noShowIntro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.contactChannel')}</Fieldset.Legend>
        {phoneChannels.map((value, i) => (
          <Radio
            key={value}
            ref={i === 0 ? firstRef : undefined}
            name={`${id}-channel`}
            value={value}
            label={t(`contactChannel.${value}`)}
            checked={channel === value}
            onChange={() => setChannel(value)}
          />
        ))}
      </Fieldset>
      <Textfield
        ref={whoRef}
        id={`${id}-who`}
        label={t('otAvklaring.outcome.contactWho')}
        required
        maxLength={200}
        autoComplete="off"
        value={who}
        onChange={(event) => setWho(event.target.value)}
        error={fieldError('contact.who', problems.who && t('otAvklaring.preparation.whoMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.contactOutcome')}</Fieldset.Legend>
        {contactOutcomes.map((value) => (
          <Radio key={value} name={`${id}-outcome`} value={value} label={t(`cases.contactOutcome.${value}`)} checked={outcome === value} onChange={() => setOutcome(value)} />
        ))}
      </Fieldset>
      <Textfield
        id={`${id}-contact-note`}
        label={t('otAvklaring.outcome.contactNote')}
        maxLength={2000}
        value={contactNote}
        onChange={(event) => setContactNote(event.target.value)}
        error={fieldError('contact.note')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.outcome.unclear')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.outcome.unclearHelp')}</Fieldset.Description>
        {(['ja', 'nei'] as const).map((value, i) => (
          <Radio
            key={value}
            ref={i === 0 ? unclearRef : undefined}
            name={`${id}-unclear`}
            value={value}
            label={t(`otAvklaring.outcome.unclearAnswer.${value}`)}
            checked={unclear === value}
            onChange={() => setUnclear(value)}
          />
        ))}
        <FieldsetError text={fieldError('unclearWhetherLeaving', problems.unclear && unclear === null && t('otAvklaring.outcome.unclearMissing'))} />
      </Fieldset>
      {unclear === 'nei' && (
        <Fieldset>
          <Fieldset.Legend>{t('otAvklaring.outcome.decidedWithOt')}</Fieldset.Legend>
          <Fieldset.Description>{t('otAvklaring.outcome.decidedWithOtHelp')}</Fieldset.Description>
          {noShowDecisions.map((value, i) => (
            <Radio
              key={value}
              ref={i === 0 ? decidedRef : undefined}
              name={`${id}-decided`}
              value={value}
              label={t(`otAvklaring.noShowDecision.${value}`)}
              checked={decided === value}
              onChange={() => setDecided(value)}
            />
          ))}
          <FieldsetError text={fieldError('decidedWithOt', problems.decided && decided === null && t('otAvklaring.outcome.decidedMissing'))} />
        </Fieldset>
      )}
      <div aria-live="polite">
        {result?.ok && (
          <Alert data-color="info">
            <Paragraph>{result.next === 'kall_inn_ny' ? t(`otAvklaring.outcome.then.${result.reason}`) : t('otAvklaring.outcome.then.avtale_utan_samtale')}</Paragraph>
          </Alert>
        )}
      </div>
      <Textfield
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('otAvklaring.outcome.note')}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note')}
      />
      <FormFooter
        error={noShow.error}
        fields={['contact', 'unclearWhetherLeaving', 'decidedWithOt', 'note']}
        explain={explain}
        pending={noShow.isPending}
        submitText={t('otAvklaring.outcome.submitNoShow')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
