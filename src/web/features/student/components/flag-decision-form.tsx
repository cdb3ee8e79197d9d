import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag, FlagDecision } from '../../../../shared/api';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { addDays, isIsoDate, todayInNorway } from '../../../lib/dates';
import { useDecideFlag } from '../api/use-student-flags';
import { FormButtons } from '../../../components/form-buttons';

export type DecisionKind = FlagDecision['decision'];

/** docs/domain.md, "Anti-stigma and care": no student stays marked by default; the review comes six weeks on unless chosen. */
const defaultReviewWeeks = 6;

type Problems = { reason?: 'missing'; reviewOn?: 'missing' | 'past' };

/**
 * Confirm (with a reason and a review date), dismiss (with a reason) or resolve (with a reason)
 * one flag. The reason field takes focus when the form opens; problems are written at the field
 * and the first field with a problem takes focus.
 */
export function FlagDecisionForm({
  flag,
  kind,
  ruleText,
  onCancel,
  onDecided,
}: {
  flag: Flag;
  kind: DecisionKind;
  ruleText: string;
  onCancel: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState(addDays(today, defaultReviewWeeks * 7));
  const [problems, setProblems] = useState<Problems>({});
  const reasonRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reviewRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const decide = useDecideFlag();

  useEffect(() => {
    reasonRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    const found: Problems = {};
    if (!reason.trim()) found.reason = 'missing';
    if (kind === 'bekreft') {
      if (!isIsoDate(reviewOn)) found.reviewOn = 'missing';
      else if (reviewOn <= today) found.reviewOn = 'past';
    }
    setProblems(found);
    if (found.reason) return reasonRef.current?.focus();
    if (found.reviewOn) return reviewRef.current?.focus();

    const decision: FlagDecision =
      kind === 'bekreft' ? { decision: 'bekreft', reason: reason.trim(), reviewOn } : { decision: kind, reason: reason.trim() };
    decide.mutate({ flagId: flag.id, decision }, { onSuccess: onDecided });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="decision-form">
      <Fieldset>
        <Fieldset.Legend>{t(`flags.form.legend.${kind}`, { rule: ruleText })}</Fieldset.Legend>
        <Fieldset.Description>{t(`flags.form.about.${kind}`)}</Fieldset.Description>
        <Textfield
          ref={reasonRef}
          id={`${id}-reason`}
          multiline
          rows={3}
          label={t('flags.form.reason')}
          description={t(`flags.form.reasonHelp.${kind}`)}
          required
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={problems.reason ? t('flags.form.reasonMissing') : undefined}
        />
        {kind === 'bekreft' && (
          <Textfield
            ref={reviewRef}
            id={`${id}-review`}
            type="date"
            label={t('flags.form.reviewOn')}
            description={t('flags.form.reviewOnHelp', { weeks: defaultReviewWeeks })}
            required
            min={addDays(today, 1)}
            value={reviewOn}
            onChange={(event) => setReviewOn(event.target.value)}
            error={
              problems.reviewOn === 'missing'
                ? t('flags.form.reviewOnMissing')
                : problems.reviewOn === 'past'
                  ? t('flags.form.reviewOnPast')
                  : undefined
            }
          />
        )}
      </Fieldset>
      {decide.isError && <SaveFailureAlert error={decide.error} forbiddenText={t('flags.form.forbidden')} />}
      <FormButtons pending={decide.isPending} text={t(`flags.form.submit.${kind}`)} pendingText={t('flags.form.saving')} onCancel={onCancel} />
    </form>
  );
}
