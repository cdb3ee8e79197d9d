import { Checkbox, Field, Fieldset, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { flaggableGrades } from '../../../../domain/identification/rule-profile';
import { absenceTypes, type AbsenceType } from '../../../../domain/vocabulary';
import { edgeChecks, type FormProblem, type RuleForm, type RuleValues } from '../rule-form';
import { useBoundsText, useProblemText } from './use-problem-text';

/** The rules that count absence types: each says in the editor which it counts by default, and why. */
type CountingRule = 'fravaerHalvaar' | 'fravaersmonster' | 'forskningsanker' | 'sammenhengendeFravaer' | 'ukesjekk' | 'fravaersgrense';

/**
 * One rule as a fieldset: its name as the legend, what it does, "in use", a text field per
 * threshold (its label says the unit and the edge: "from" counts the value, "above" does not),
 * and checkboxes for the absence types it counts. Problems stand at their fields; a problem of
 * the rule as a whole (thresholds in the wrong order) stands under the legend and describes the
 * fields it concerns.
 */
export function RuleFieldset({
  form,
  values,
  problems,
  inputId,
  onChange,
}: {
  form: RuleForm;
  values: RuleValues;
  problems: FormProblem[];
  inputId: (field: string) => string;
  onChange: (change: (rule: RuleValues) => RuleValues) => void;
}) {
  const { t } = useTranslation();
  const boundsText = useBoundsText();
  const { message } = useProblemText();
  const at = (path: string) => problems.filter((p) => p.path === path);
  const textAt = (path: string) => at(path).map(message).join(' ') || undefined;

  const ruleProblems = at(form.key);
  const ruleErrorId = inputId(`${form.key}.problem`);
  const edge = edgeChecks.find((e) => e.path === form.key);
  const concernsRule = (field: string) => ruleProblems.length > 0 && !!edge && edge.fields.includes(field);

  const toggle = <T extends string>(list: T[], value: T, on: boolean, order: readonly T[]) =>
    order.filter((v) => (v === value ? on : list.includes(v)));

  return (
    <Fieldset className="rule-fieldset">
      <Fieldset.Legend>{t(`ruleCode.${form.code}`)}</Fieldset.Legend>
      <Fieldset.Description>{t(`ruleProfiles.ruleHelp.${form.key}`)}</Fieldset.Description>
      {ruleProblems.length > 0 && (
        // In a div, so that Designsystemet does not tie it to every field of the fieldset; the
        // fields it concerns point to it themselves.
        <div>
          <ValidationMessage id={ruleErrorId}>{ruleProblems.map(message).join(' ')}</ValidationMessage>
        </div>
      )}
      <Checkbox
        id={inputId(`${form.key}.enabled`)}
        label={t('ruleProfiles.enabled')}
        checked={values.enabled}
        error={textAt(`${form.key}.enabled`)}
        onChange={(event) => {
          const enabled = event.target.checked;
          onChange((rule) => ({ ...rule, enabled }));
        }}
      />
      {form.numbers.length > 0 && (
        <div className="rule-numbers">
          {form.numbers.map((setting) => {
            const path = `${form.key}.${setting.key}`;
            const error = textAt(path);
            const hintId = `${inputId(path)}-hint`;
            // The hint is named here, not left to Designsystemet, so that a problem of the whole
            // rule can be added to what describes the field without losing the hint.
            const describedBy = concernsRule(path) ? `${ruleErrorId} ${hintId}` : hintId;
            return (
              <Field key={setting.key} className="rule-number">
                <Label htmlFor={inputId(path)}>{t(`ruleProfiles.field.${form.key}.${setting.key}`)}</Label>
                <Field.Description id={hintId}>{boundsText(setting.bounds, 'hint')}</Field.Description>
                <Input
                  id={inputId(path)}
                  inputMode="decimal"
                  autoComplete="off"
                  spellCheck={false}
                  value={values.numbers[setting.key] ?? ''}
                  aria-describedby={describedBy}
                  aria-invalid={error || concernsRule(path) ? true : undefined}
                  onChange={(event) => {
                    const text = event.target.value;
                    onChange((rule) => ({ ...rule, numbers: { ...rule.numbers, [setting.key]: text } }));
                  }}
                />
                {error && <ValidationMessage>{error}</ValidationMessage>}
              </Field>
            );
          })}
        </div>
      )}
      {(form.switches ?? []).map((name) => (
        <Checkbox
          key={name}
          id={inputId(`${form.key}.${name}`)}
          label={t(`ruleProfiles.field.${form.key}.${name}`)}
          checked={values.switches[name] === true}
          error={textAt(`${form.key}.${name}`)}
          onChange={(event) => {
            const on = event.target.checked;
            onChange((rule) => ({ ...rule, switches: { ...rule.switches, [name]: on } }));
          }}
        />
      ))}
      {form.grades && (
        <Fieldset className="rule-choices" data-size="sm">
          <Fieldset.Legend>{t('ruleProfiles.grades')}</Fieldset.Legend>
          {at(`${form.key}.values`).length > 0 && <ValidationMessage>{textAt(`${form.key}.values`)}</ValidationMessage>}
          {flaggableGrades.map((grade) => (
            <Checkbox
              key={grade}
              id={inputId(`${form.key}.grades.${grade}`)}
              label={grade === 'IV' ? t('grades.notAssessable') : grade}
              checked={values.grades.includes(grade)}
              onChange={(event) => {
                const on = event.target.checked;
                onChange((rule) => ({ ...rule, grades: toggle(rule.grades, grade, on, flaggableGrades) }));
              }}
            />
          ))}
        </Fieldset>
      )}
      {form.counts && (
        <Fieldset className="rule-choices" data-size="sm">
          <Fieldset.Legend>{t('ruleProfiles.counts')}</Fieldset.Legend>
          <Fieldset.Description>{t(`ruleProfiles.countsHelp.${form.key as CountingRule}`)}</Fieldset.Description>
          {at(`${form.key}.counts`).length > 0 && <ValidationMessage>{textAt(`${form.key}.counts`)}</ValidationMessage>}
          {absenceTypes.map((type) => (
            <Checkbox
              key={type}
              id={inputId(`${form.key}.counts.${type}`)}
              label={t(`absenceType.${type}`)}
              checked={values.counts.includes(type)}
              onChange={(event) => {
                const on = event.target.checked;
                onChange((rule) => ({ ...rule, counts: toggle<AbsenceType>(rule.counts, type, on, absenceTypes) }));
              }}
            />
          ))}
        </Fieldset>
      )}
    </Fieldset>
  );
}
