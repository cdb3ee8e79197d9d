import { Button, Field, Fieldset, Heading, Label, Link, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';
import { toLanguage } from '../../../i18n/languages';
import { dateOfTimestamp } from '../../../lib/dates';
import { meetingInvitationPath, summonsPdfPath } from '../api/case-client';
import { useSummonToMeeting } from '../api/use-cases';
import { meetingKinds, summonsChannels, type MeetingKind, type SummonsChannel } from '../case-vocabulary';
import { osloWallTimeToIso } from '../oslo-time';
import { CaseSection, SectionFormToggle, useSectionForm } from './case-section';
import { FormFooter } from './form-footer';
import { FieldsetError, useFieldError } from './form-problems';

type Person = { key: number; name: string; role: string };
const maxInvited = 20;
/** Keys for the rows of invited people, so that a removed row takes its focus and text with it. */
let personKey = 0;
const newPerson = (name = '', role = ''): Person => ({ key: personKey++, name, role });

/** Meetings of the case, the written summons to each as a PDF in bokmål or nynorsk, and each as a calendar invitation (.ics). */
export function MeetingsSection({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const format = useFormat();
  const section = useSectionForm();
  const meetings = [...detail.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const open = detail.status === 'aapen';

  return (
    <CaseSection section={section} heading={t('cases.meetings.heading')} intro={t('cases.meetings.intro')} news={section.news && t('cases.meetings.saved')}>
      {open && (
        <SectionFormToggle section={section} label={t('cases.meetings.new')}>
          <MeetingForm detail={detail} onCancel={section.cancel} onSaved={() => section.saved(true)} />
        </SectionFormToggle>
      )}
      {meetings.length === 0 ? (
        <Paragraph>{t('cases.meetings.none')}</Paragraph>
      ) : (
        <ul className="case-list" aria-label={t('cases.meetings.listLabel')}>
          {meetings.map((meeting) => {
            const kind = t(`cases.meetingKind.${meeting.kind}`, { defaultValue: meeting.kind });
            const when = format.dateTime(meeting.startsAt);
            return (
              <li key={meeting.id}>
                <Paragraph>
                  <strong>{kind}</strong> – {when}
                  {meeting.place && <>, {meeting.place}</>}
                </Paragraph>
                <Paragraph>{meeting.purpose}</Paragraph>
                {meeting.invited.length > 0 && (
                  <Paragraph data-size="sm">
                    {t('cases.meetings.invitedList', { people: format.list(meeting.invited.map((p) => `${p.name} (${p.role})`)) })}
                  </Paragraph>
                )}
                {meeting.summonsSentOn && (
                  <Paragraph data-size="sm">
                    {t('cases.meetings.summonsSent', {
                      date: format.date(dateOfTimestamp(meeting.summonsSentOn)),
                      channel: meeting.summonsChannel ? t(`cases.summonsChannel.${meeting.summonsChannel}`, { defaultValue: meeting.summonsChannel }) : '–',
                    })}
                  </Paragraph>
                )}
                <div className="link-row">
                  {(['nb', 'nn'] as const).map((language) => (
                    <Link key={language} href={summonsPdfPath(meeting.id, language)}>
                      {t(`cases.meetings.summonsPdf.${language}`)}
                      <span className="visually-hidden">{t('cases.meetings.summonsPdfOf', { kind, when })}</span>
                    </Link>
                  ))}
                  <Link href={meetingInvitationPath(meeting.id, language)} download>
                    {t('cases.meetings.invitationIcs')}
                    <span className="visually-hidden">{t('cases.meetings.invitationIcsOf', { kind, when })}</span>
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </CaseSection>
  );
}

type Problems = { startsAt?: boolean; place?: boolean; purpose?: boolean; invited?: boolean; people?: ReadonlySet<number> };

function MeetingForm({ detail, onCancel, onSaved }: { detail: CaseDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const summon = useSummonToMeeting(detail.id);
  const fieldError = useFieldError(summon.error);
  const [kind, setKind] = useState<MeetingKind>(detail.step === 'evaluering' ? 'evalueringsmote' : 'kartleggingsmote');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState<Person[]>(() => [
    newPerson(detail.student.name, t('cases.meetings.roleStudent')),
    ...detail.guardians.filter((g) => g.parentalResponsibility).map((g) => newPerson(g.name, t('cases.meetings.roleGuardian'))),
    ...detail.participants.map((p) => newPerson(p.name, p.title ?? t(`cases.participantRole.${p.role}`))),
  ]);
  const [channel, setChannel] = useState<SummonsChannel>('brev');
  const [purpose, setPurpose] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const kindRef = useRef<HTMLSelectElement>(null);
  const startsRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const placeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const purposeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const personRefs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement | null>());

  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const update = (key: number, change: Partial<Person>) => setInvited((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (summon.isPending) return;
    const at = osloWallTimeToIso(startsAt);
    const incomplete = new Set(invited.filter((p) => !p.name.trim() || !p.role.trim()).map((p) => p.key));
    const found: Problems = {
      startsAt: !at,
      place: !place.trim(),
      invited: invited.length === 0,
      people: incomplete,
      purpose: !purpose.trim(),
    };
    setProblems(found);
    if (found.startsAt) return startsRef.current?.focus();
    if (found.place) return placeRef.current?.focus();
    if (found.invited) return addRef.current?.focus();
    if (incomplete.size > 0) return personRefs.current.get([...incomplete][0]!)?.focus();
    if (found.purpose) return purposeRef.current?.focus();
    summon.mutate(
      {
        kind,
        startsAt: at!,
        place: place.trim(),
        invited: invited.map((p) => ({ name: p.name.trim(), role: p.role.trim() })),
        summonsChannel: channel,
        purpose: purpose.trim(),
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('cases.meetings.formHeading')}
      </Heading>
      <Field>
        <Label htmlFor={`${id}-kind`}>{t('cases.meetings.kind')}</Label>
        <Select ref={kindRef} id={`${id}-kind`} width="auto" value={kind} onChange={(event) => setKind(event.target.value as MeetingKind)}>
          {meetingKinds.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`cases.meetingKind.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        ref={startsRef}
        id={`${id}-starts`}
        type="datetime-local"
        label={t('cases.meetings.startsAt')}
        description={t('cases.meetings.startsAtHelp')}
        required
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        error={fieldError('startsAt', problems.startsAt && t('cases.meetings.startsAtMissing'))}
      />
      <Textfield
        ref={placeRef}
        id={`${id}-place`}
        label={t('cases.meetings.place')}
        required
        maxLength={200}
        value={place}
        onChange={(event) => setPlace(event.target.value)}
        error={fieldError('place', problems.place && t('cases.meetings.placeMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('cases.meetings.invited')}</Fieldset.Legend>
        <Fieldset.Description>{t('cases.meetings.invitedHelp')}</Fieldset.Description>
        <FieldsetError text={fieldError('invited', problems.invited && t('cases.meetings.invitedMissing'))} />
        {invited.map((person, index) => {
          const number = index + 1;
          const incomplete = problems.people?.has(person.key) ?? false;
          return (
            <div key={person.key} className="case-person-row">
              <Textfield
                ref={(element) => {
                  personRefs.current.set(person.key, element);
                }}
                id={`${id}-person-${person.key}-name`}
                label={t('cases.meetings.personName', { number })}
                maxLength={200}
                autoComplete="off"
                value={person.name}
                onChange={(event) => update(person.key, { name: event.target.value })}
                error={fieldError(`invited.${index}.name`, incomplete && !person.name.trim() && t('cases.meetings.personNameMissing'))}
              />
              <Textfield
                id={`${id}-person-${person.key}-role`}
                label={t('cases.meetings.personRole', { number })}
                maxLength={100}
                autoComplete="off"
                value={person.role}
                onChange={(event) => update(person.key, { role: event.target.value })}
                error={fieldError(`invited.${index}.role`, incomplete && !person.role.trim() && t('cases.meetings.personRoleMissing'))}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('cases.meetings.removePerson', { number, name: person.name || t('cases.meetings.unnamed') })}
                onClick={() => {
                  setInvited((list) => list.filter((p) => p.key !== person.key));
                  requestAnimationFrame(() => addRef.current?.focus());
                }}
              >
                {t('cases.meetings.remove')}
              </Button>
            </div>
          );
        })}
        {invited.length < maxInvited && (
          <div>
            <Button
              ref={addRef}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                const person = newPerson();
                setInvited((list) => [...list, person]);
                requestAnimationFrame(() => personRefs.current.get(person.key)?.focus());
              }}
            >
              {t('cases.meetings.addPerson')}
            </Button>
          </div>
        )}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('cases.meetings.channel')}</Fieldset.Legend>
        {summonsChannels.map((value) => (
          <Radio
            key={value}
            name={`${id}-channel`}
            value={value}
            label={t(`cases.summonsChannel.${value}`)}
            checked={channel === value}
            onChange={() => setChannel(value)}
          />
        ))}
      </Fieldset>
      <Textfield
        ref={purposeRef}
        id={`${id}-purpose`}
        multiline
        rows={3}
        label={t('cases.meetings.purpose')}
        description={t('cases.meetings.purposeHelp')}
        required
        maxLength={2000}
        value={purpose}
        onChange={(event) => setPurpose(event.target.value)}
        error={fieldError('purpose', problems.purpose && t('cases.meetings.purposeMissing'))}
      />
      <FormFooter
        error={summon.error}
        fields={['kind', 'startsAt', 'place', 'invited', 'summonsChannel', 'purpose']}
        pending={summon.isPending}
        submitText={t('cases.meetings.submit')}
        pendingText={t('cases.meetings.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
