import { Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useStaffCandidates } from '../../cases/api/use-cases';
import { CaseSection, useSectionForm } from '../../cases/components/case-section';
import { FormFooter } from '../../cases/components/form-footer';
import { FieldsetError } from '../../cases/components/form-problems';
import { osloWallTime, osloWallTimeToIso } from '../../cases/oslo-time';
import { useRecordPreparation } from '../api/use-avklaring';
import { contactOutcomes, otContactChannels, phoneChannels, type ContactOutcome, type OtContactChannel, type PhoneChannel } from '../avklaring-vocabulary';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

type Item = AvklaringDetail['preparation'][number]['item'];
/** The duties a person records here; the summons and the participants come from summoning, the form's part from its own section. */
type Recorded = Extract<Item, 'ressursteam' | 'ot_kontakta' | 'telefon_sms'>;
const recorded: ReadonlySet<Item> = new Set<Recorded>(['ressursteam', 'ot_kontakta', 'telefon_sms']);
const isRecorded = (item: Item): item is Recorded => recorded.has(item);

/**
 * "Før samtalen": the school's duties before the meeting in the seed's order — the resource team,
 * the OT advisor contacted (by e-mail, preferably), the written summons, the phone/SMS contact,
 * the other participants invited, and "Opplysingar om eleven" — each done or not, by whom and when,
 * which are required before the meeting may be summoned, and a form for those recorded by hand.
 */
export function PreparationSection({ detail, opplysingarId }: { detail: AvklaringDetail; opplysingarId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm<Recorded>({ keepNewsOnOpen: true });
  const [openItem, setOpenItem] = useState<Recorded | null>(null);
  const buttonRefs = useRef<Partial<Record<Recorded, HTMLButtonElement | null>>>({});
  const mayRecord = detail.status === 'aapen' && detail.mayWrite && detail.signedAt === null;

  const cancel = (item: Recorded) => {
    setOpenItem(null);
    requestAnimationFrame(() => buttonRefs.current[item]?.focus());
  };
  const saved = (item: Recorded) => {
    setOpenItem(null);
    section.saved(item);
  };

  return (
    <CaseSection
      section={section}
      heading={t('otAvklaring.preparation.heading')}
      intro={t('otAvklaring.preparation.intro')}
      news={section.news && t('otAvklaring.preparation.saved', { item: t(`otAvklaring.preparation.item.${section.news}`) })}
    >
      <ol className="case-list" aria-label={t('otAvklaring.preparation.listLabel')}>
        {detail.preparation.map((entry) => (
          <li key={entry.item}>
            <Paragraph>
              <strong>{t(`otAvklaring.preparation.item.${entry.item}`)}</strong>{' '}
              <Tag data-color={entry.done ? 'success' : entry.required ? 'warning' : 'neutral'} data-size="sm">
                {entry.done ? t('otAvklaring.preparation.done') : entry.required ? t('otAvklaring.preparation.requiredNotDone') : t('otAvklaring.preparation.notDone')}
              </Tag>
            </Paragraph>
            <Paragraph data-size="sm">{t(`otAvklaring.preparation.help.${entry.item}`)}</Paragraph>
            {entry.done && (entry.on || entry.by) && (
              <Paragraph data-size="sm">
                {entry.on && entry.by
                  ? t('otAvklaring.preparation.doneOnBy', { date: format.date(entry.on), name: entry.by })
                  : entry.on
                    ? t('otAvklaring.preparation.doneOn', { date: format.date(entry.on) })
                    : t('otAvklaring.preparation.doneBy', { name: entry.by })}
              </Paragraph>
            )}
            {entry.item === 'opplysingar_utfylt' && !entry.done && (
              <Paragraph data-size="sm">
                <a href={`#${opplysingarId}`}>{t('otAvklaring.preparation.toOpplysingar')}</a>
              </Paragraph>
            )}
            {mayRecord &&
              isRecorded(entry.item) &&
              (openItem === entry.item ? (
                <PreparationForm item={entry.item} detail={detail} onCancel={() => cancel(entry.item as Recorded)} onSaved={() => saved(entry.item as Recorded)} />
              ) : (
                <div>
                  <Button
                    ref={(element) => {
                      buttonRefs.current[entry.item as Recorded] = element;
                    }}
                    variant={entry.done ? 'tertiary' : entry.required ? 'primary' : 'secondary'}
                    data-size="sm"
                    onClick={() => {
                      section.setNews(null);
                      setOpenItem(entry.item as Recorded);
                    }}
                  >
                    {t(`otAvklaring.preparation.record.${entry.item}`)}
                  </Button>
                </div>
              ))}
          </li>
        ))}
      </ol>
    </CaseSection>
  );
}

function PreparationForm({ item, detail, onCancel, onSaved }: { item: Recorded; detail: AvklaringDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordPreparation(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(record.error);
  const [on, setOn] = useState(() => todayInNorway());
  const [at, setAt] = useState(() => osloWallTime(new Date()));
  const [note, setNote] = useState('');
  const [otStaffId, setOtStaffId] = useState('');
  const [otChannel, setOtChannel] = useState<OtContactChannel>('e_post');
  const [phoneChannel, setPhoneChannel] = useState<PhoneChannel>('telefon');
  const [who, setWho] = useState(detail.student.name);
  const [outcome, setOutcome] = useState<ContactOutcome>('naadd');
  const [problems, setProblems] = useState<{ on?: boolean; at?: boolean; otStaffId?: boolean; who?: boolean }>({});
  const firstRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const otRef = useRef<HTMLSelectElement>(null);
  const whoRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  // OT advisors are offered from the staff who may take part in the case (the owner's OT advisors among them).
  const candidates = useStaffCandidates(detail.caseId, item === 'ot_kontakta');
  const advisors = (candidates.data?.staff ?? []).filter((s) => s.roles.includes('ot_radgiver'));

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const when = osloWallTimeToIso(at);
    const found = {
      on: item !== 'telefon_sms' && !on,
      at: item === 'telefon_sms' && !when,
      otStaffId: item === 'ot_kontakta' && !otStaffId,
      who: item === 'telefon_sms' && !who.trim(),
    };
    setProblems(found);
    if (found.on || found.at) return firstRef.current?.focus();
    if (found.otStaffId) return otRef.current?.focus();
    if (found.who) return whoRef.current?.focus();
    const body =
      item === 'ressursteam'
        ? { item, on, note: note.trim() }
        : item === 'ot_kontakta'
          ? { item, on, otStaffId, channel: otChannel, note: note.trim() }
          : { item, at: when!, channel: phoneChannel, who: who.trim(), outcome, note: note.trim() };
    record.mutate(body, { onSuccess: onSaved });
  };

  const otError = fieldError('otStaffId', problems.otStaffId && t('otAvklaring.preparation.otMissing'));

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t(`otAvklaring.preparation.formHeading.${item}`)}
      </Heading>
      {item === 'telefon_sms' ? (
        <Textfield
          ref={firstRef}
          id={`${id}-at`}
          type="datetime-local"
          label={t('otAvklaring.preparation.at')}
          required
          value={at}
          onChange={(event) => setAt(event.target.value)}
          error={fieldError('at', problems.at && t('otAvklaring.preparation.atMissing'))}
        />
      ) : (
        <Textfield
          ref={firstRef}
          id={`${id}-on`}
          type="date"
          label={t(`otAvklaring.preparation.on.${item}`)}
          required
          max={todayInNorway()}
          value={on}
          onChange={(event) => setOn(event.target.value)}
          error={fieldError('on', problems.on && t('otAvklaring.preparation.onMissing'))}
        />
      )}
      {item === 'ot_kontakta' && (
        <>
          {candidates.isPending ? (
            <LoadingStatus text={t('otAvklaring.preparation.loadingAdvisors')} />
          ) : candidates.isError ? (
            <ApiErrorAlert error={candidates.error} heading={t('otAvklaring.preparation.advisorsFailed')} onRetry={() => void candidates.refetch()} />
          ) : advisors.length === 0 ? (
            <Paragraph>{t('otAvklaring.preparation.noAdvisors')}</Paragraph>
          ) : (
            <Field>
              <Label htmlFor={`${id}-ot`}>{t('otAvklaring.preparation.otAdvisor')}</Label>
              <Field.Description>{t('otAvklaring.preparation.otAdvisorHelp')}</Field.Description>
              <Select ref={otRef} id={`${id}-ot`} width="auto" required value={otStaffId} aria-invalid={otError ? true : undefined} onChange={(event) => setOtStaffId(event.target.value)}>
                <Select.Option value="">{t('otAvklaring.preparation.chooseAdvisor')}</Select.Option>
                {advisors.map((s) => (
                  <Select.Option key={s.staffId} value={s.staffId}>
                    {s.name}
                  </Select.Option>
                ))}
              </Select>
              {otError && <ValidationMessage>{otError}</ValidationMessage>}
            </Field>
          )}
          <Fieldset>
            <Fieldset.Legend>{t('otAvklaring.preparation.otChannel')}</Fieldset.Legend>
            {otContactChannels.map((value) => (
              <Radio
                key={value}
                name={`${id}-ot-channel`}
                value={value}
                label={t(`otAvklaring.otChannel.${value}`)}
                checked={otChannel === value}
                onChange={() => setOtChannel(value)}
              />
            ))}
          </Fieldset>
        </>
      )}
      {item === 'telefon_sms' && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('otAvklaring.preparation.phoneChannel')}</Fieldset.Legend>
            {phoneChannels.map((value) => (
              <Radio key={value} name={`${id}-channel`} value={value} label={t(`contactChannel.${value}`)} checked={phoneChannel === value} onChange={() => setPhoneChannel(value)} />
            ))}
          </Fieldset>
          <Textfield
            ref={whoRef}
            id={`${id}-who`}
            label={t('otAvklaring.preparation.who')}
            description={t('otAvklaring.preparation.whoHelp')}
            required
            maxLength={200}
            autoComplete="off"
            value={who}
            onChange={(event) => setWho(event.target.value)}
            error={fieldError('who', problems.who && t('otAvklaring.preparation.whoMissing'))}
          />
          <Fieldset>
            <Fieldset.Legend>{t('otAvklaring.preparation.outcome')}</Fieldset.Legend>
            {contactOutcomes.map((value) => (
              <Radio key={value} name={`${id}-outcome`} value={value} label={t(`cases.contactOutcome.${value}`)} checked={outcome === value} onChange={() => setOutcome(value)} />
            ))}
            <FieldsetError text={fieldError('outcome')} />
          </Fieldset>
        </>
      )}
      <Textfield
        id={`${id}-note`}
        multiline
        rows={3}
        label={t(`otAvklaring.preparation.note.${item}`)}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note')}
      />
      <FormFooter
        error={record.error}
        fields={['on', 'at', 'otStaffId', 'channel', 'who', 'outcome', 'note']}
        explain={explain}
        pending={record.isPending}
        submitText={t('otAvklaring.preparation.submit')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
        canSubmit={item !== 'ot_kontakta' || advisors.length > 0}
      />
    </form>
  );
}
