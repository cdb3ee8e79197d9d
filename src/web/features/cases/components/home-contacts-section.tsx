import { Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';
import { useLogHomeContact } from '../api/use-cases';
import { contactChannels, contactOutcomes, type ContactChannel, type ContactOutcome } from '../case-vocabulary';
import { osloWallTime, osloWallTimeToIso } from '../oslo-time';
import { CaseSection, SectionFormToggle, useSectionForm } from './case-section';
import { FormFooter } from './form-footer';
import { FieldsetError, useFieldError } from './form-problems';

const other = 'annen';

/** "Loggfør all kontakt med foresatte": every contact with the home, its channel and outcome. */
export function HomeContactsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm();
  const contacts = [...detail.homeContacts].sort((a, b) => b.contactedAt.localeCompare(a.contactedAt));
  const open = detail.status === 'aapen';

  return (
    <CaseSection section={section} heading={t('cases.contacts.heading')} intro={t('cases.contacts.intro')} news={section.news && t('cases.contacts.saved')}>
      {open && (
        <SectionFormToggle
          section={section}
          label={t('cases.contacts.log')}
          variant={detail.unmetRequirements.includes('kontakt_logget') ? 'primary' : 'secondary'}
        >
          <HomeContactForm detail={detail} onCancel={section.cancel} onSaved={() => section.saved(true)} />
        </SectionFormToggle>
      )}
      {contacts.length === 0 ? (
        <Paragraph>{t('cases.contacts.none')}</Paragraph>
      ) : (
        <ul className="case-list" aria-label={t('cases.contacts.listLabel')}>
          {contacts.map((contact) => (
            <li key={contact.id}>
              <Paragraph>
                <strong>{format.dateTime(contact.contactedAt)}</strong>:{' '}
                {t('cases.contacts.summary', {
                  who: contact.contactedWho,
                  channel: t(`contactChannel.${contact.channel}`),
                  outcome: t(`cases.contactOutcome.${contact.outcome}`),
                })}
              </Paragraph>
              {contact.note && <Paragraph>{contact.note}</Paragraph>}
              <Paragraph data-size="sm" className="muted">
                {t('cases.contacts.loggedBy', { name: contact.staffName })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

type Problems = { contactedAt?: 'missing' | 'future'; contactedName?: boolean };

function HomeContactForm({ detail, onCancel, onSaved }: { detail: CaseDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const log = useLogHomeContact(detail.id);
  const fieldError = useFieldError(log.error);
  const [contactedAt, setContactedAt] = useState(() => osloWallTime(new Date()));
  const [who, setWho] = useState<string>(() => detail.guardians[0]?.id ?? other);
  const [name, setName] = useState('');
  const [channel, setChannel] = useState<ContactChannel>('telefon');
  const [outcome, setOutcome] = useState<ContactOutcome>('naadd');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const timeRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => {
    timeRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (log.isPending) return;
    const at = osloWallTimeToIso(contactedAt);
    const found: Problems = {};
    if (!at) found.contactedAt = 'missing';
    else if (new Date(at).getTime() > Date.now() + 5 * 60_000) found.contactedAt = 'future';
    if (who === other && !name.trim()) found.contactedName = true;
    setProblems(found);
    if (found.contactedAt) return timeRef.current?.focus();
    if (found.contactedName) return nameRef.current?.focus();
    log.mutate(
      {
        contactedAt: at!,
        guardianId: who === other ? null : who,
        contactedName: who === other ? name.trim() : null,
        channel,
        outcome,
        note: note.trim(),
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('cases.contacts.formHeading')}
      </Heading>
      <Textfield
        ref={timeRef}
        id={`${id}-at`}
        type="datetime-local"
        label={t('cases.contacts.at')}
        description={t('cases.contacts.atHelp')}
        required
        value={contactedAt}
        onChange={(event) => setContactedAt(event.target.value)}
        error={fieldError(
          'contactedAt',
          problems.contactedAt === 'missing' ? t('cases.contacts.atMissing') : problems.contactedAt === 'future' && t('cases.contacts.atFuture'),
        )}
      />
      <Fieldset>
        <Fieldset.Legend>{t('cases.contacts.who')}</Fieldset.Legend>
        {detail.guardians.map((guardian) => (
          <Radio
            key={guardian.id}
            name={`${id}-who`}
            value={guardian.id}
            label={guardian.name}
            description={guardian.parentalResponsibility ? t('cases.contacts.parentalResponsibility') : undefined}
            checked={who === guardian.id}
            onChange={() => setWho(guardian.id)}
          />
        ))}
        <Radio name={`${id}-who`} value={other} label={t('cases.contacts.someoneElse')} checked={who === other} onChange={() => setWho(other)} />
        <FieldsetError text={fieldError('guardianId')} />
      </Fieldset>
      {who === other && (
        <Textfield
          ref={nameRef}
          id={`${id}-name`}
          label={t('cases.contacts.name')}
          description={t('cases.contacts.nameHelp')}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError('contactedName', problems.contactedName && t('cases.contacts.nameMissing'))}
        />
      )}
      <Field>
        <Label htmlFor={`${id}-channel`}>{t('cases.contacts.channel')}</Label>
        <Select id={`${id}-channel`} width="auto" value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
          {contactChannels.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`contactChannel.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('cases.contacts.outcome')}</Fieldset.Legend>
        {contactOutcomes.map((value) => (
          <Radio
            key={value}
            name={`${id}-outcome`}
            value={value}
            label={t(`cases.contactOutcome.${value}`)}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          />
        ))}
        <FieldsetError text={fieldError('outcome')} />
      </Fieldset>
      <Textfield
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('cases.contacts.note')}
        description={t('cases.contacts.noteHelp')}
        maxLength={4000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note')}
      />
      <FormFooter
        error={log.error}
        fields={['contactedAt', 'guardianId', 'contactedName', 'channel', 'outcome', 'note']}
        pending={log.isPending}
        submitText={t('cases.contacts.submit')}
        pendingText={t('cases.contacts.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
