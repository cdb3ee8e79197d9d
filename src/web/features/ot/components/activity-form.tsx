import { Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNorway } from '../../../lib/dates';
import { useRecordEntry } from '../api/use-ot';
import { EntryForm } from './entry-form-kit';
import { FormFooter, useFieldError } from './ot-form-problems';

type Problems = { what?: boolean; from?: boolean; to?: boolean };

/** What the youth does (a course, work placement, a job), with whom, from when and, if known, until when. */
export function ActivityForm({ youthId, onCancel, onSaved }: { youthId: string; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youthId);
  const fieldError = useFieldError(record.error);
  const [what, setWhat] = useState('');
  const [provider, setProvider] = useState('');
  const [from, setFrom] = useState(todayInNorway);
  const [to, setTo] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const whatRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const fromRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const toRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found: Problems = { what: !what.trim(), from: !from, to: !!to && !!from && to < from };
    setProblems(found);
    if (found.what) return whatRef.current?.focus();
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    // The activity is recorded today; its own days are `from` and `to`.
    record.mutate({ kind: 'aktivitet', on: todayInNorway(), what: what.trim(), provider: provider.trim(), from, to: to || null }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.record.aktivitet.heading')} onSubmit={submit} focusRef={whatRef}>
      <Textfield
        ref={whatRef}
        id={`${id}-what`}
        label={t('ot.record.aktivitet.what')}
        description={t('ot.record.aktivitet.whatHelp')}
        required
        maxLength={500}
        autoComplete="off"
        value={what}
        onChange={(event) => setWhat(event.target.value)}
        error={fieldError('what', problems.what && t('ot.record.aktivitet.whatMissing'))}
      />
      <Textfield
        id={`${id}-provider`}
        label={t('ot.record.aktivitet.provider')}
        description={t('ot.record.aktivitet.providerHelp')}
        maxLength={300}
        autoComplete="off"
        value={provider}
        onChange={(event) => setProvider(event.target.value)}
        error={fieldError('provider')}
      />
      <div className="ot-date-pair">
        <Textfield
          ref={fromRef}
          id={`${id}-from`}
          type="date"
          className="ot-date"
          label={t('ot.record.aktivitet.from')}
          required
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={fieldError('from', problems.from && t('ot.record.aktivitet.fromMissing'))}
        />
        <Textfield
          ref={toRef}
          id={`${id}-to`}
          type="date"
          className="ot-date"
          label={t('ot.record.aktivitet.to')}
          description={t('ot.record.aktivitet.toHelp')}
          min={from || undefined}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={fieldError('to', problems.to && t('ot.record.aktivitet.toBeforeFrom'))}
        />
      </div>
      <FormFooter
        error={record.error}
        fields={['what', 'provider', 'from', 'to']}
        pending={record.isPending}
        submitText={t('ot.record.aktivitet.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
