import { Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNorway } from '../../../lib/dates';
import { useRecordEntry } from '../api/use-ot';
import { EntryForm, OnField, onProblem } from './entry-form-kit';
import { FormFooter, useFieldError } from './ot-form-problems';

/** Anything else worth keeping in the youth's record. */
export function NoteForm({ youthId, onCancel, onSaved }: { youthId: string; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youthId);
  const fieldError = useFieldError(record.error);
  const [on, setOn] = useState(todayInNorway);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<{ on: 'missing' | 'future' | null; text: boolean }>({ on: null, text: false });
  const onRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const textRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = { on: onProblem(on), text: !text.trim() };
    setProblems(found);
    if (found.on) return onRef.current?.focus();
    if (found.text) return textRef.current?.focus();
    record.mutate({ kind: 'notat', on, text: text.trim() }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.record.notat.heading')} onSubmit={submit} focusRef={onRef}>
      <OnField ref={onRef} id={`${id}-on`} value={on} onChange={setOn} problem={problems.on} error={fieldError} />
      <Textfield
        ref={textRef}
        id={`${id}-text`}
        multiline
        rows={4}
        label={t('ot.record.notat.text')}
        description={t('ot.record.notat.textHelp')}
        required
        maxLength={4000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError('text', problems.text && t('ot.record.notat.textMissing'))}
      />
      <FormFooter
        error={record.error}
        fields={['on', 'text']}
        pending={record.isPending}
        submitText={t('ot.record.notat.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
