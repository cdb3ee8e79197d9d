import { Button, Fieldset, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import type { YouthDetail } from '../api/ot-client';
import { useRecordEntry } from '../api/use-ot';
import { emptyStep, formPath, planBody, planDraftFrom, planProblems, type PlanDraft, type StepDraft } from '../ot-plan-draft';
import { EntryForm } from './entry-form-kit';
import { FormFooter, useFieldError } from './ot-form-problems';
import { OtSection, useSectionForms } from './ot-section';

/** OT's follow-up plan: the current version (goal, and the steps who does what by when), and a new version from it. */
export function PlanSection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForms<'plan'>('plan');
  const plan = youth.plan;
  return (
    <OtSection headingRef={section.headingRef} heading={t('ot.plan.heading')} intro={t('ot.plan.intro')} news={section.news}>
      {plan ? (
        <div className="stack">
          <div>
            <Paragraph className="ot-label">{t('ot.plan.goal')}</Paragraph>
            <Paragraph className="ot-text">{plan.goal}</Paragraph>
          </div>
          {plan.steps.length === 0 ? (
            <Paragraph>{t('ot.plan.noSteps')}</Paragraph>
          ) : (
            <DataTable caption={t('ot.plan.stepsCaption')} columns={[{ label: t('ot.plan.what') }, { label: t('ot.plan.who') }, { label: t('ot.plan.by') }]}>
              {plan.steps.map((step, index) => (
                <Table.Row key={index}>
                  <Table.Cell>{step.what}</Table.Cell>
                  <Table.Cell>{step.who}</Table.Cell>
                  <Table.Cell className="nowrap">{step.by ? format.date(step.by) : <span className="muted">{t('ot.plan.noDate')}</span>}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          )}
        </div>
      ) : (
        <Paragraph>{t('ot.plan.none')}</Paragraph>
      )}
      {youth.mayWrite &&
        (section.open === 'plan' ? (
          <PlanForm youth={youth} onCancel={section.cancel} onSaved={() => section.saved(t('ot.plan.saved'))} />
        ) : (
          <div>
            <Button variant="secondary" onClick={(event) => section.openForm('plan', event.currentTarget)}>
              {plan ? t('ot.plan.newVersion') : t('ot.plan.first')}
            </Button>
          </div>
        ))}
    </OtSection>
  );
}

function PlanForm({ youth, onCancel, onSaved }: { youth: YouthDetail; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordEntry(youth.id);
  const [draft, setDraft] = useState<PlanDraft>(() => planDraftFrom(youth.plan));
  const [sentRows, setSentRows] = useState<number[]>([]);
  const [problems, setProblems] = useState<Set<string>>(new Set());
  const toForm = (path: string) => formPath(path, sentRows);
  const fieldError = useFieldError(record.error, toForm);
  const goalRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const setStep = (index: number, patch: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  const own = (path: string, text: string) => problems.has(path) && text;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found = planProblems(draft);
    setProblems(new Set(found.map((p) => p.path)));
    const first = found[0];
    if (first) return document.getElementById(`${id}-${first.path}`)?.focus();
    const { goal, steps, rows } = planBody(draft);
    setSentRows(rows);
    record.mutate({ kind: 'plan', on: todayInNorway(), goal, steps }, { onSuccess: onSaved });
  };

  return (
    <EntryForm heading={youth.plan ? t('ot.plan.formHeadingNew') : t('ot.plan.formHeadingFirst')} onSubmit={submit} focusRef={goalRef}>
      {youth.plan && <Paragraph>{t('ot.plan.prefilled')}</Paragraph>}
      <Textfield
        ref={goalRef}
        id={`${id}-goal`}
        multiline
        rows={3}
        label={t('ot.plan.goal')}
        description={t('ot.plan.goalHelp')}
        required
        maxLength={2000}
        value={draft.goal}
        onChange={(event) => setDraft((d) => ({ ...d, goal: event.target.value }))}
        error={fieldError('goal', own('goal', t('ot.plan.goalMissing')))}
      />
      <Fieldset className="ot-steps">
        <Fieldset.Legend>{t('ot.plan.steps')}</Fieldset.Legend>
        <Fieldset.Description>{t('ot.plan.stepsHelp')}</Fieldset.Description>
        {draft.steps.map((step, index) => (
          <Fieldset key={index} className="ot-step">
            <Fieldset.Legend>{t('ot.plan.step', { n: index + 1 })}</Fieldset.Legend>
            <Textfield
              id={`${id}-steps.${index}.what`}
              label={t('ot.plan.what')}
              maxLength={1000}
              autoComplete="off"
              value={step.what}
              onChange={(event) => setStep(index, { what: event.target.value })}
              error={fieldError(`steps.${index}.what`, own(`steps.${index}.what`, t('ot.plan.whatMissing')))}
            />
            <Textfield
              id={`${id}-steps.${index}.who`}
              label={t('ot.plan.who')}
              description={t('ot.plan.whoHelp')}
              maxLength={200}
              autoComplete="off"
              value={step.who}
              onChange={(event) => setStep(index, { who: event.target.value })}
              error={fieldError(`steps.${index}.who`, own(`steps.${index}.who`, t('ot.plan.whoMissing')))}
            />
            <Textfield
              id={`${id}-steps.${index}.by`}
              type="date"
              className="ot-date"
              label={t('ot.plan.by')}
              description={t('ot.plan.byHelp')}
              value={step.by}
              onChange={(event) => setStep(index, { by: event.target.value })}
              error={fieldError(`steps.${index}.by`)}
            />
            {draft.steps.length > 1 && (
              <div>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => {
                    setDraft((d) => ({ ...d, steps: d.steps.filter((_, i) => i !== index) }));
                    requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
                  }}
                >
                  {t('ot.plan.removeStep', { n: index + 1 })}
                </Button>
              </div>
            )}
          </Fieldset>
        ))}
        <div>
          <Button
            id={`${id}-add`}
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              const index = draft.steps.length;
              setDraft((d) => ({ ...d, steps: [...d.steps, emptyStep()] }));
              requestAnimationFrame(() => document.getElementById(`${id}-steps.${index}.what`)?.focus());
            }}
          >
            {t('ot.plan.addStep')}
          </Button>
        </div>
      </Fieldset>
      <FormFooter
        error={record.error}
        fields={['goal', 'steps', 'on']}
        toForm={toForm}
        pending={record.isPending}
        submitText={t('ot.plan.submit')}
        pendingText={t('ot.record.saving')}
        onCancel={onCancel}
      />
    </EntryForm>
  );
}
