import { Alert, Button, Field, Fieldset, Heading, Label, Link, Paragraph, Radio, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp, todayInNorway } from '../../../lib/dates';
import { CaseSection, SectionFormToggle, useSectionForm } from '../../cases/components/case-section';
import { FormFooter } from '../../cases/components/form-footer';
import { FieldsetError } from '../../cases/components/form-problems';
import { osloWallTimeToIso } from '../../cases/oslo-time';
import { summonsPdfPath } from '../api/avklaring-client';
import { useSummonMeeting } from '../api/use-avklaring';
import { maySummon } from '../avklaring-state';
import {
  avklaringParticipantKinds,
  documentLanguages,
  optionalParticipantKinds,
  summonsChannels,
  type DocumentLanguageValue,
  type SummonsChannel,
} from '../avklaring-vocabulary';
import { guardianRule, missingInvited, proposedParticipants, type Proposed } from '../meeting-participants';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

type Kind = Proposed['kind'];
type Row = Proposed & { key: number; mandatory: boolean };
const maxParticipants = 30;
/** Keys for the rows, so that a removed row takes its focus and text with it. */
let rowKey = 0;
const newRow = (proposed: Proposed, mandatory = false): Row => ({ ...proposed, key: rowKey++, mandatory });

/**
 * "Innkalling": the meetings summoned in the case, each with its participants, the written summons
 * as a PDF and what came of it; and the form that summons a meeting — time, place, the
 * participants by kind (the mandatory ones listed first, the guardians while the student is under
 * 18 on the day, and why), the summons' channel and language.
 */
export function AvklaringMeetingsSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm();
  const meetings = [...detail.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const mayAdd = maySummon(detail);
  const again = detail.meetings.length > 0;

  return (
    <CaseSection
      section={section}
      heading={t('otAvklaring.meetings.heading')}
      intro={t('otAvklaring.meetings.intro')}
      news={section.news && t('otAvklaring.meetings.saved')}
    >
      {mayAdd && (
        <SectionFormToggle section={section} label={again ? t('otAvklaring.meetings.newAgain') : t('otAvklaring.meetings.new')} variant={detail.missingBeforeSummons.length === 0 ? 'primary' : 'secondary'}>
          <SummonForm detail={detail} onCancel={section.cancel} onSaved={() => section.saved(true)} />
        </SectionFormToggle>
      )}
      {meetings.length === 0 ? (
        <Paragraph>{t('otAvklaring.meetings.none')}</Paragraph>
      ) : (
        <ul className="case-list" aria-label={t('otAvklaring.meetings.listLabel')}>
          {meetings.map((meeting) => {
            const when = format.dateTime(meeting.startsAt);
            return (
              <li key={meeting.id}>
                <Paragraph>
                  <strong>{when}</strong>
                  {meeting.place && <>, {meeting.place}</>}{' '}
                  <Tag data-color={meeting.outcome === 'holdt' ? 'success' : meeting.outcome === 'ikkje_mott' ? 'warning' : meeting.outcome === 'avlyst' ? 'neutral' : 'info'} data-size="sm">
                    {t(`otAvklaring.meetings.outcome.${meeting.outcome ?? 'venter'}`)}
                  </Tag>
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('otAvklaring.meetings.participantsList', {
                    people: format.list(
                      meeting.participants.map((p) =>
                        meeting.outcome === 'holdt' && p.present !== null
                          ? t(p.present ? 'otAvklaring.meetings.personPresent' : 'otAvklaring.meetings.personAbsent', { name: p.name, kind: t(`otAvklaring.kind.${p.kind}`) })
                          : t('otAvklaring.meetings.person', { name: p.name, kind: t(`otAvklaring.kind.${p.kind}`) }),
                      ),
                    ),
                  })}
                </Paragraph>
                <Paragraph data-size="sm">{meeting.guardiansSummoned ? t('otAvklaring.meetings.guardiansSummoned') : t('otAvklaring.meetings.guardiansNotSummoned')}</Paragraph>
                {meeting.summonsSentOn && <Paragraph data-size="sm">{t('otAvklaring.meetings.summonsSent', { date: format.date(dateOfTimestamp(meeting.summonsSentOn)) })}</Paragraph>}
                {meeting.summonsDocumentId && (
                  <div className="link-row">
                    <Link href={summonsPdfPath(detail.caseId, meeting.id)}>
                      {t('otAvklaring.meetings.summonsPdf')}
                      <span className="visually-hidden">{t('otAvklaring.meetings.summonsPdfOf', { when })}</span>
                    </Link>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </CaseSection>
  );
}

type Problems = { startsAt?: boolean; place?: boolean; rows?: ReadonlySet<number>; missing?: boolean };

function SummonForm({ detail, onCancel, onSaved }: { detail: AvklaringDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const summon = useSummonMeeting(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(summon.error);
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [rows, setRows] = useState<Row[]>(() => proposedParticipants(detail).map((p) => newRow(p, true)));
  const [addKind, setAddKind] = useState<Kind>('helsesjukepleiar');
  const [channel, setChannel] = useState<SummonsChannel>('brev');
  const [language, setLanguage] = useState<DocumentLanguageValue>(detail.language);
  const [problems, setProblems] = useState<Problems>({});
  const startsRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const placeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const rowRefs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement | null>());

  useEffect(() => {
    startsRef.current?.focus();
  }, []);

  const at = osloWallTimeToIso(startsAt);
  const meetingOn = at ? dateOfTimestamp(at) : null;
  const guardians = guardianRule(detail, meetingOn);
  const summoned = guardians.summoned ? guardians.guardians : [];
  const named = rows.filter((r) => r.name.trim());
  const missing = missingInvited([...named.map((r) => r.kind), ...summoned.map((g) => g.kind)], detail.student.birthDate, meetingOn ?? todayInNorway());
  const update = (key: number, change: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (summon.isPending) return;
    const incomplete = new Set(rows.filter((r) => !r.name.trim()).map((r) => r.key));
    const found: Problems = { startsAt: !at, place: !place.trim(), rows: incomplete, missing: missing.length > 0 };
    setProblems(found);
    if (found.startsAt) return startsRef.current?.focus();
    if (found.place) return placeRef.current?.focus();
    if (incomplete.size > 0) return rowRefs.current.get([...incomplete][0]!)?.focus();
    if (found.missing) return missingRef.current?.focus();
    summon.mutate(
      {
        startsAt: at!,
        place: place.trim(),
        participants: [
          ...rows.map((r) => ({ kind: r.kind, name: r.name.trim(), ...(r.staffId ? { staffId: r.staffId } : {}) })),
          ...summoned.map((g) => ({ kind: g.kind, name: g.name })),
        ],
        summonsChannel: channel,
        language,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.meetings.formHeading')}
      </Heading>
      {detail.missingBeforeSummons.length > 0 && (
        <Alert data-color="warning">
          <Paragraph>{t('otAvklaring.meetings.notReady')}</Paragraph>
          <ul>
            {detail.missingBeforeSummons.map((item) => (
              <li key={item}>{t(`otAvklaring.preparation.item.${item}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Textfield
        ref={startsRef}
        id={`${id}-starts`}
        type="datetime-local"
        label={t('otAvklaring.meetings.startsAt')}
        description={t('otAvklaring.meetings.startsAtHelp')}
        required
        value={startsAt}
        onChange={(event) => setStartsAt(event.target.value)}
        error={fieldError('startsAt', problems.startsAt && t('otAvklaring.meetings.startsAtMissing'))}
      />
      <Textfield
        ref={placeRef}
        id={`${id}-place`}
        label={t('otAvklaring.meetings.place')}
        required
        maxLength={200}
        value={place}
        onChange={(event) => setPlace(event.target.value)}
        error={fieldError('place', problems.place && t('otAvklaring.meetings.placeMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.meetings.participants')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.meetings.participantsHelp')}</Fieldset.Description>
        <FieldsetError text={fieldError('participants')} />
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <div key={row.key} className="case-person-row">
              <Field>
                <Label htmlFor={`${id}-row-${row.key}-kind`}>{t('otAvklaring.meetings.personKind', { number })}</Label>
                <Select id={`${id}-row-${row.key}-kind`} width="auto" value={row.kind} onChange={(event) => update(row.key, { kind: event.target.value as Kind })}>
                  {avklaringParticipantKinds.map((kind) => (
                    <Select.Option key={kind} value={kind}>
                      {t(`otAvklaring.kind.${kind}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Textfield
                ref={(element) => {
                  rowRefs.current.set(row.key, element);
                }}
                id={`${id}-row-${row.key}-name`}
                label={t('otAvklaring.meetings.personName', { number })}
                description={row.mandatory ? t('otAvklaring.meetings.mandatoryRow') : undefined}
                maxLength={200}
                autoComplete="off"
                value={row.name}
                // A name written over is no longer the staff member proposed.
                onChange={(event) => update(row.key, { name: event.target.value, staffId: undefined })}
                error={fieldError(`participants.${index}`, problems.rows?.has(row.key) && !row.name.trim() && t('otAvklaring.meetings.personNameMissing'))}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('otAvklaring.meetings.removePerson', { number, name: row.name || t(`otAvklaring.kind.${row.kind}`) })}
                onClick={() => {
                  setRows((list) => list.filter((r) => r.key !== row.key));
                  requestAnimationFrame(() => addRef.current?.focus());
                }}
              >
                {t('otAvklaring.meetings.remove')}
              </Button>
            </div>
          );
        })}
        <div className="stack stack--tight" aria-live="polite">
          <Paragraph data-size="sm">
            {guardians.birthDateMissing
              ? t('otAvklaring.meetings.guardiansBirthDateMissing')
              : guardians.ageOnDay === null
              ? t('otAvklaring.meetings.guardiansNoDate', { age: detail.student.age })
              : guardians.summoned
                ? t('otAvklaring.meetings.guardiansUnder18', { age: guardians.ageOnDay, date: format.date(meetingOn!) })
                : t('otAvklaring.meetings.guardiansAdult', { age: guardians.ageOnDay, date: format.date(meetingOn!) })}
          </Paragraph>
          {guardians.summoned &&
            (guardians.guardians.length > 0 ? (
              <Paragraph data-size="sm">{t('otAvklaring.meetings.guardiansListed', { names: format.list(guardians.guardians.map((g) => g.name)) })}</Paragraph>
            ) : (
              <Paragraph data-size="sm">{t('otAvklaring.meetings.noGuardians')}</Paragraph>
            ))}
        </div>
        {rows.length < maxParticipants && (
          <div className="case-person-row">
            <Field>
              <Label htmlFor={`${id}-add-kind`}>{t('otAvklaring.meetings.addKind')}</Label>
              <Select id={`${id}-add-kind`} width="auto" value={addKind} onChange={(event) => setAddKind(event.target.value as Kind)}>
                {[...optionalParticipantKinds, ...(guardians.summoned ? [] : (['foresett'] as const))].map((kind) => (
                  <Select.Option key={kind} value={kind}>
                    {t(`otAvklaring.kind.${kind}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Button
              ref={addRef}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                const row = newRow({ kind: addKind, name: '' });
                setRows((list) => [...list, row]);
                requestAnimationFrame(() => rowRefs.current.get(row.key)?.focus());
              }}
            >
              {t('otAvklaring.meetings.addPerson')}
            </Button>
          </div>
        )}
      </Fieldset>
      <div ref={missingRef} tabIndex={-1} aria-live="polite">
        {missing.length > 0 && (
          <Alert data-color={problems.missing ? 'danger' : 'info'}>
            <Paragraph>{t('otAvklaring.meetings.missingIntro')}</Paragraph>
            <ul>
              {missing.map((part) => (
                <li key={part}>{t(`otAvklaring.part.${part}`)}</li>
              ))}
            </ul>
          </Alert>
        )}
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.meetings.channel')}</Fieldset.Legend>
        {summonsChannels.map((value) => (
          <Radio key={value} name={`${id}-channel`} value={value} label={t(`cases.summonsChannel.${value}`)} checked={channel === value} onChange={() => setChannel(value)} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.meetings.language')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.meetings.languageHelp')}</Fieldset.Description>
        {documentLanguages.map((value) => (
          <Radio key={value} name={`${id}-language`} value={value} label={t(`otAvklaring.documentLanguage.${value}`)} checked={language === value} onChange={() => setLanguage(value)} />
        ))}
      </Fieldset>
      <FormFooter
        error={summon.error}
        fields={['startsAt', 'place', 'participants', 'summonsChannel', 'language']}
        explain={explain}
        texts={{ conflict: t('otAvklaring.meetings.refused') }}
        pending={summon.isPending}
        submitText={t('otAvklaring.meetings.submit')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
