import { Field, Fieldset, Label, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNorway } from '../../../lib/dates';
import { useRecordEntry } from '../api/use-ot';
import { contactChannels, type ContactChannel } from '../ot-vocabulary';
import { EntryForm, OnField, onProblem } from './entry-form-kit';
import { FieldsetError, FormFooter, useFieldError } from './ot-form-problems';

/** A try to reach the youth: when, how, whether the youth answered, and a note. */
export function ContactForm({ youthId, onCancel, onSaved }: { youthId: string; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youthId);
  const fieldError = useFieldError(record.error);
  const [on, setOn] = useState(todayInNorway);
  const [channel, setChannel] = useState<ContactChannel>('telefon');
  const [reached, setReached] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ on: 'missing' | 'future' | null; reached: boolean }>({ on: null, reached: false });
  const onRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = { on: onProblem(on), reached: reached === null };
    setProblems(found);
    if (found.on) return onRef.current?.focus();
    if (found.reached) return document.getElementById(`${id}-reached-ja`)?.focus();
    record.mutate({ kind: 'kontaktforsok', on, channel, reached: reached!, note: note.trim() }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.record.kontaktforsok.heading')} onSubmit={submit} focusRef={onRef}>
      <OnField ref={onRef} id={`${id}-on`} value={on} onChange={setOn} problem={problems.on} error={fieldError} />
      <Field>
        <Label htmlFor={`${id}-channel`}>{t('ot.record.kontaktforsok.channel')}</Label>
        <Select id={`${id}-channel`} width="auto" value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
          {contactChannels.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`ot.contactChannel.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('ot.record.kontaktforsok.reached')}</Fieldset.Legend>
        <div className="choice-row">
          <Radio id={`${id}-reached-ja`} name={`${id}-reached`} value="ja" label={t('ot.record.kontaktforsok.reachedYes')} checked={reached === true} onChange={() => setReached(true)} />
          <Radio name={`${id}-reached`} value="nei" label={t('ot.record.kontaktforsok.reachedNo')} checked={reached === false} onChange={() => setReached(false)} />
        </div>
        <FieldsetError text={fieldError('reached', problems.reached && t('ot.record.kontaktforsok.reachedMissing'))} />
      </Fieldset>
      <Textfield
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('ot.record.note')}
        description={t('ot.record.noteHelp')}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note')}
      />
      <FormFooter
        error={record.error}
        fields={['on', 'channel', 'reached', 'note']}
        pending={record.isPending}
        submitText={t('ot.record.kontaktforsok.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
