import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useEvaluatePlan } from '../api/use-plan-changes';
import { evaluationRows } from '../plan-drafts';

type Problems = { evaluatedOn?: 'missing' | 'future'; satisfactory?: boolean; adjustment?: boolean };

/**
 * An evaluation point: the date, whether the effect is satisfactory, the adjustment, and a note
 * for each row of the plan (each maintaining factor's measure). Without satisfactory effect the
 * adjustment must be written, so that the next round of measures starts from it.
 */
export function EvaluationForm({ plan, onDone, onCancel }: { plan: Plan; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Only a signed version is evaluated: it is what the family and the school agreed to.
  const signedVersions = plan.versions.filter((v) => v.signed);
  const defaultVersion = (signedVersions[0] ?? plan.versions[0])!.version;
  const [version, setVersion] = useState(defaultVersion);
  const [evaluatedOn, setEvaluatedOn] = useState(today);
  const [satisfactory, setSatisfactory] = useState<boolean | null>(null);
  const [adjustment, setAdjustment] = useState('');
  const [rowNotes, setRowNotes] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Problems>({});
  const evaluate = useEvaluatePlan();
  const failure = isApiFailure(evaluate.error) ? evaluate.error : null;
  const chosen = plan.versions.find((v) => v.version === version) ?? plan.versions[0]!;
  const rows = evaluationRows(plan.kind, chosen.content);
  const kindName = t(`planKind.${plan.kind}`);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (evaluate.isPending) return;
    const found: Problems = {};
    if (!isIsoDate(evaluatedOn)) found.evaluatedOn = 'missing';
    else if (evaluatedOn > today) found.evaluatedOn = 'future';
    if (satisfactory === null) found.satisfactory = true;
    if (satisfactory === false && !adjustment.trim()) found.adjustment = true;
    setProblems(found);
    if (found.evaluatedOn) return document.getElementById(`${id}-date`)?.focus();
    if (found.satisfactory) return document.getElementById(`${id}-satisfactory-yes`)?.focus();
    if (found.adjustment) return document.getElementById(`${id}-adjustment`)?.focus();
    const notes = Object.fromEntries(Object.entries(rowNotes).filter(([key, note]) => note.trim() && Number(key) < rows.length).map(([key, note]) => [key, note.trim()]));
    evaluate.mutate(
      { planId: plan.id, body: { version, evaluatedOn, satisfactory: satisfactory!, adjustment: adjustment.trim(), rowNotes: notes } },
      { onSuccess: () => onDone(t(satisfactory ? 'plans.evaluate.doneGood' : 'plans.evaluate.doneNotGood', { kind: kindName })) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack decision-form" aria-labelledby={`${id}-heading`}>
      <Heading level={4} data-size="xs" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('plans.evaluate.heading', { kind: kindName })}
      </Heading>
      <Paragraph data-size="sm">{t('plans.evaluate.intro')}</Paragraph>
      {signedVersions.length > 1 && (
        <Field>
          <Label htmlFor={`${id}-version`}>{t('plans.evaluate.version')}</Label>
          <Select id={`${id}-version`} width="auto" value={String(version)} onChange={(event) => setVersion(Number(event.target.value))}>
            {signedVersions.map((v) => (
              <Select.Option key={v.version} value={String(v.version)}>
                {t('plans.versionSigned', { version: v.version })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        id={`${id}-date`}
        type="date"
        label={t('plans.evaluate.evaluatedOn')}
        required
        max={today}
        className="plan-date"
        value={evaluatedOn}
        onChange={(event) => setEvaluatedOn(event.target.value)}
        error={problems.evaluatedOn === 'missing' ? t('plans.problem.date') : problems.evaluatedOn === 'future' ? t('plans.evaluate.future') : undefined}
      />
      <Fieldset>
        <Fieldset.Legend>{t('plans.evaluate.satisfactory')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.evaluate.satisfactoryHelp')}</Fieldset.Description>
        {problems.satisfactory && (
          <div>
            <ValidationMessage>{t('plans.evaluate.satisfactoryMissing')}</ValidationMessage>
          </div>
        )}
        <Radio id={`${id}-satisfactory-yes`} name={`${id}-satisfactory`} value="ja" label={t('common.yes')} checked={satisfactory === true} onChange={() => setSatisfactory(true)} />
        <Radio id={`${id}-satisfactory-no`} name={`${id}-satisfactory`} value="nei" label={t('common.no')} checked={satisfactory === false} onChange={() => setSatisfactory(false)} />
      </Fieldset>
      <Textfield
        id={`${id}-adjustment`}
        multiline
        rows={3}
        label={t('plans.evaluate.adjustment')}
        description={t('plans.evaluate.adjustmentHelp')}
        required={satisfactory === false}
        maxLength={4000}
        value={adjustment}
        onChange={(event) => setAdjustment(event.target.value)}
        error={problems.adjustment ? t('plans.evaluate.adjustmentMissing') : undefined}
      />
      {rows.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('plans.evaluate.rowNotes')}</Fieldset.Legend>
          <Fieldset.Description>{t('plans.evaluate.rowNotesHelp')}</Fieldset.Description>
          {rows.map((row, index) => (
            <Textfield
              key={index}
              id={`${id}-row-${index}`}
              multiline
              rows={2}
              label={t('plans.evaluate.rowNote', { n: index + 1, row })}
              maxLength={2000}
              value={rowNotes[String(index)] ?? ''}
              onChange={(event) => {
                const note = event.target.value;
                setRowNotes((current) => ({ ...current, [String(index)]: note }));
              }}
            />
          ))}
        </Fieldset>
      )}
      {evaluate.isError && (
        <Alert data-color={failure?.code === 'forbidden' || failure?.code === 'conflict' ? 'warning' : 'danger'} role="alert">
          {failure?.code === 'forbidden' ? <Paragraph>{t('plans.evaluate.forbidden')}</Paragraph> : <ApiErrorText error={evaluate.error} />}
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={evaluate.isPending} aria-disabled={evaluate.isPending || undefined}>
          {evaluate.isPending ? t('plans.evaluate.saving') : t('plans.evaluate.submit')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
