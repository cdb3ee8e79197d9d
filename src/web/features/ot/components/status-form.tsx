import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OtStatusCode } from '../../../../domain/ot/ot-codes';
import { todayInNorway } from '../../../lib/dates';
import { useRecordEntry } from '../api/use-ot';
import { statusCodesByGroup } from '../ot-vocabulary';
import { EntryForm, OnField, onProblem } from './entry-form-kit';
import { FormFooter, useFieldError } from './ot-form-problems';

/** A new status from the directorate's code list, chosen within its group, from a day. */
export function StatusForm({ youthId, current, onCancel, onSaved }: { youthId: string; current: OtStatusCode; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youthId);
  const fieldError = useFieldError(record.error);
  const [on, setOn] = useState(todayInNorway);
  const [code, setCode] = useState<OtStatusCode | ''>('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ on: 'missing' | 'future' | null; code: 'missing' | 'same' | null }>({ on: null, code: null });
  const onRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const codeRef = useRef<HTMLSelectElement>(null);
  const codeProblem = problems.code === 'missing' ? t('ot.record.status.codeMissing') : problems.code === 'same' && t('ot.record.status.codeSame');
  const codeError = fieldError('statusCode', codeProblem);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = { on: onProblem(on), code: code === '' ? ('missing' as const) : code === current ? ('same' as const) : null };
    setProblems(found);
    if (found.code) return codeRef.current?.focus();
    if (found.on) return onRef.current?.focus();
    record.mutate({ kind: 'status', on, statusCode: code as OtStatusCode, note: note.trim() }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.record.status.heading')} onSubmit={submit} focusRef={codeRef}>
      <Field>
        <Label htmlFor={`${id}-code`}>{t('ot.record.status.code')}</Label>
        <Field.Description>{t('ot.record.status.codeHelp', { code: current, words: t(`ot.status.${current}`) })}</Field.Description>
        <Select
          ref={codeRef}
          id={`${id}-code`}
          required
          aria-invalid={codeError ? true : undefined}
          value={code}
          onChange={(event) => setCode(event.target.value as OtStatusCode | '')}
        >
          <Select.Option value="">{t('ot.record.status.choose')}</Select.Option>
          {statusCodesByGroup().map(({ group, codes }) => (
            <Select.Optgroup key={group} label={t(`ot.group.${group}`)}>
              {codes.map((c) => (
                <Select.Option key={c} value={c}>
                  {t('ot.statusOption', { code: c, words: t(`ot.status.${c}`) })}
                </Select.Option>
              ))}
            </Select.Optgroup>
          ))}
        </Select>
        {codeError && <ValidationMessage>{codeError}</ValidationMessage>}
      </Field>
      <OnField ref={onRef} id={`${id}-on`} label={t('ot.record.status.on')} value={on} onChange={setOn} problem={problems.on} error={fieldError} />
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
        fields={['on', 'statusCode', 'note']}
        pending={record.isPending}
        submitText={t('ot.record.status.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
