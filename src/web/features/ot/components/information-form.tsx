import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNorway } from '../../../lib/dates';
import { useRecordEntry } from '../api/use-ot';
import { informationChannels, informationRecipients, type InformationChannel, type InformationRecipient } from '../ot-vocabulary';
import { EntryForm, OnField, onProblem } from './entry-form-kit';
import { FieldsetError, FormFooter, useFieldError } from './ot-form-problems';

/**
 * The written information about the right to follow-up, sent: to the youth, and to the guardians
 * while the youth is a minor (`minor`: the guardians are offered, and chosen from the start when
 * they still need it).
 */
export function InformationForm({
  youthId,
  minor,
  guardiansToInform,
  onCancel,
  onSaved,
}: {
  youthId: string;
  minor: boolean;
  guardiansToInform: boolean;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youthId);
  const fieldError = useFieldError(record.error);
  const offered = informationRecipients.filter((r) => r !== 'foresette' || minor);
  const [on, setOn] = useState(todayInNorway);
  const [to, setTo] = useState<InformationRecipient[]>(() => (guardiansToInform ? ['foresette'] : ['ungdom']));
  const [channel, setChannel] = useState<InformationChannel>('brev');
  const [problems, setProblems] = useState<{ on: 'missing' | 'future' | null; to: boolean }>({ on: null, to: false });
  const onRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const toggle = (recipient: InformationRecipient, checked: boolean) =>
    setTo((current) => informationRecipients.filter((r) => (r === recipient ? checked : current.includes(r))));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = { on: onProblem(on), to: to.length === 0 };
    setProblems(found);
    if (found.on) return onRef.current?.focus();
    if (found.to) return document.getElementById(`${id}-to-${offered[0]}`)?.focus();
    record.mutate({ kind: 'informasjon', on, to, channel }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.record.informasjon.heading')} onSubmit={submit} focusRef={onRef}>
      <OnField ref={onRef} id={`${id}-on`} label={t('ot.record.informasjon.on')} value={on} onChange={setOn} problem={problems.on} error={fieldError} />
      <Fieldset>
        <Fieldset.Legend>{t('ot.record.informasjon.to')}</Fieldset.Legend>
        {minor && <Fieldset.Description>{t('ot.record.informasjon.toHelp')}</Fieldset.Description>}
        {offered.map((recipient) => (
          <Checkbox
            key={recipient}
            id={`${id}-to-${recipient}`}
            value={recipient}
            label={t(`ot.recipient.${recipient}`)}
            checked={to.includes(recipient)}
            onChange={(event) => toggle(recipient, event.target.checked)}
          />
        ))}
        <FieldsetError text={fieldError('to', problems.to && t('ot.record.informasjon.toMissing'))} />
      </Fieldset>
      <Field>
        <Label htmlFor={`${id}-channel`}>{t('ot.record.informasjon.channel')}</Label>
        <Select id={`${id}-channel`} width="auto" value={channel} onChange={(event) => setChannel(event.target.value as InformationChannel)}>
          {informationChannels.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`ot.informationChannel.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <FormFooter
        error={record.error}
        fields={['on', 'to', 'channel']}
        pending={record.isPending}
        submitText={t('ot.record.informasjon.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
