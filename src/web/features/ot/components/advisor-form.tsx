import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import type { YouthDetail } from '../api/ot-client';
import { useOtAdvisors, useSetAdvisor } from '../api/use-ot';
import { advisorChoices } from '../ot-vocabulary';
import { EntryForm } from './entry-form-kit';
import { FormFooter } from './ot-form-problems';

const nobody = 'ingen';

/**
 * Who in OT follows the youth up: the person signed in, another of the owner's OT advisors, or
 * nobody yet.
 */
export function AdvisorForm({ youth, onCancel, onSaved }: { youth: YouthDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const advisors = useOtAdvisors();
  const set = useSetAdvisor(youth.id);
  const [choice, setChoice] = useState<string>(youth.advisor?.staffId ?? session.staffId);
  const selectRef = useRef<HTMLSelectElement>(null);
  const choices = advisorChoices({ staffId: session.staffId, name: session.name }, youth.advisor, advisors.data?.advisors ?? []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (set.isPending) return;
    set.mutate({ staffId: choice === nobody ? null : choice }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={t('ot.advisor.heading')} onSubmit={submit} focusRef={selectRef}>
      <Field>
        <Label htmlFor={`${id}-advisor`}>{t('ot.advisor.label')}</Label>
        <Field.Description>{t('ot.advisor.help')}</Field.Description>
        <Select ref={selectRef} id={`${id}-advisor`} width="auto" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {choices.map((c) => (
            <Select.Option key={c.staffId} value={c.staffId}>
              {c.me ? t('ot.advisor.me', { name: c.name }) : c.name}
            </Select.Option>
          ))}
          <Select.Option value={nobody}>{t('ot.advisor.nobody')}</Select.Option>
        </Select>
      </Field>
      <FormFooter error={set.error} fields={[]} pending={set.isPending} submitText={t('ot.advisor.submit')} pendingText={t('ot.record.saving')} onCancel={onCancel} />
    </EntryForm>
  );
}
