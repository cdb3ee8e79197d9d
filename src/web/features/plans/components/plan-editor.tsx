import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Plan } from '../../../../shared/case-api';
import type { PlanKind, PlanWithContent } from '../../../../domain/plans/plan-content';
import { defaultWeekPlanStartWeekday } from '../../../../domain/plans/week-plan-advice';
import { isApiFailure } from '../../../api/client';
import { capitalise } from '../../../components/capitalise';
import { todayInNorway } from '../../../lib/dates';
import { caseQueryKey, useSavePlan } from '../api/use-plan-changes';
import {
  atFormRows,
  checkPlan,
  contentOfVersion,
  evaluationLimitFor,
  fieldId,
  forSaving,
  latestConversation,
  planDraft,
  problemsFromDetails,
  type FieldProblem,
  type PlanContent,
} from '../plan-drafts';
import { ProblemSummary, useErrorAt } from './form-problems';
import { MeasurePicker } from './measure-picker';
import type { FieldKit } from './plan-field-kit';
import { PlanFields } from './plan-fields';
import { PlanFromConversation } from './plan-from-conversation';
import { PlanSaveError } from './plan-save-error';
import { UkeplanAdvice } from './ukeplan-advice';
import { useMeasurePicking } from './use-measure-picking';

/**
 * Writing a plan: a new one (its first version, a draft), or a change to one. A change to a
 * draft is saved in the draft; a change to a signed version becomes a new version, and the
 * signed one stays as it was signed. Every problem is shown at its field and in a summary that
 * takes focus; the measure bank is at hand for every measure field.
 */
export function PlanEditor({
  detail,
  kind,
  plan,
  schoolId,
  onSaved,
  onCancel,
  headingLevel = 3,
}: {
  detail: CaseDetail;
  kind: PlanKind;
  /** 3 for a new plan in the section; 4 for a change inside the plan's own card. */
  headingLevel?: 3 | 4;
  /** The plan to change, or null for a new plan. */
  plan: Plan | null;
  schoolId: string | null;
  onSaved: (message: string, planId: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const queryClient = useQueryClient();
  const latest = plan?.versions[0] ?? null;
  const [basedOn, setBasedOn] = useState(latest);
  const [content, setContent] = useState<PlanContent>(() =>
    basedOn
      ? contentOfVersion(kind, basedOn.content)
      : planDraft(kind, {
          today: todayInNorway(),
          latestEvaluationOn: detail.latestEvaluationOn,
          conversations: detail.conversations,
          weekPlanStartWeekday: defaultWeekPlanStartWeekday,
        }),
  );
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const picking = useMeasurePicking(formId, setContent);
  const save = useSavePlan(detail.id);
  const failure = isApiFailure(save.error) ? save.error : null;
  const labelPrefix = `plans.field.${kind}`;
  const errorAt = useErrorAt(problems, labelPrefix);
  const kindName = t(`planKind.${kind}`);
  const newVersion = basedOn?.signed ? basedOn.version + 1 : null;
  const conversation = kind === 'tiltaksplan' || kind === 'oppfolgingsplan' ? latestConversation(detail.conversations) : null;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const showProblems = (found: FieldProblem[]) => {
    setAttempt((n) => n + 1);
    setProblems(found);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    // Rows nobody wrote in are left out of what is saved, but stay in the form to write in.
    const { content: cleaned, kept } = forSaving(kind, content);
    const limit = 'startsOn' in cleaned ? evaluationLimitFor(cleaned.startsOn, todayInNorway(), detail.latestEvaluationOn) : undefined;
    const checked = checkPlan(kind, cleaned, limit);
    if (!checked.ok) return showProblems(atFormRows(checked.problems, kept));
    showProblems([]);
    const before = new Set(detail.plans.map((p) => p.id));
    save.mutate(
      plan && basedOn
        ? { kind: 'update', planId: plan.id, basedOnVersion: basedOn.version, content: checked.content }
        : { kind: 'create', plan: { kind, content: checked.content } as PlanWithContent },
      {
        onSuccess: (next) => {
          const saved = plan ? next.plans.find((p) => p.id === plan.id) : next.plans.find((p) => !before.has(p.id) && p.kind === kind);
          const version = saved?.versions[0]?.version ?? 1;
          onSaved(
            plan ? (newVersion ? t('plans.saved.newVersion', { kind: kindName, version }) : t('plans.saved.draft', { kind: kindName, version })) : capitalise(t('plans.saved.created', { kind: kindName })),
            saved?.id ?? null,
          );
        },
        onError: (error) => {
          if (isApiFailure(error) && error.code === 'validation_failed' && error.details.length > 0) showProblems(atFormRows(problemsFromDetails(error.details), kept));
          // Someone changed the plan meanwhile: fetch it, so that the newest version can be opened.
          if (isApiFailure(error) && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: caseQueryKey(detail.id), exact: true });
        },
      },
    );
  };

  /** After a conflict: start again from the newest version (what was written here is shown until then). */
  const reload = () => {
    const newest = detail.plans.find((p) => p.id === plan?.id)?.versions[0] ?? null;
    if (!newest) return;
    setBasedOn(newest);
    setContent(contentOfVersion(kind, newest.content));
    setProblems([]);
    save.reset();
    headingRef.current?.focus();
  };

  const kit: FieldKit = {
    kind,
    id: (path) => fieldId(formId, path),
    error: errorAt,
    onPickMeasure: picking.open,
    latestEvaluationOn: 'startsOn' in content ? evaluationLimitFor(content.startsOn, todayInNorway(), detail.latestEvaluationOn) : undefined,
  };

  const placedAtFields = failure?.code === 'validation_failed' && failure.details.length > 0;
  const heading = !plan
    ? t('plans.editor.newHeading', { kind: kindName })
    : newVersion
      ? t('plans.editor.newVersionHeading', { kind: kindName, version: newVersion })
      : t('plans.editor.draftHeading', { kind: kindName, version: basedOn?.version ?? 1 });

  return (
    <section className="stack plan-editor" aria-labelledby={`${formId}-heading`}>
      <Heading level={headingLevel} data-size="sm" id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <Alert data-color="info">
        <Paragraph>{t('plans.studentVoice')}</Paragraph>
      </Alert>
      {newVersion && basedOn && (
        <Alert data-color="warning">
          <Paragraph>{t('plans.editor.signedStays', { version: basedOn.version, next: newVersion })}</Paragraph>
        </Alert>
      )}
      {conversation && <PlanFromConversation conversation={conversation} newTiltaksplan={kind === 'tiltaksplan' && !plan} />}

      <ProblemSummary problems={problems} attempt={attempt} formId={formId} labelPrefix={labelPrefix} heading={t('plans.problemsHeading', { count: problems.length })} />

      <form onSubmit={onSubmit} noValidate className="stack plan-form" aria-labelledby={`${formId}-heading`}>
        <PlanFields kind={kind} content={content} onChange={setContent} kit={kit} ukeplanAdvice={<UkeplanAdvice headingLevel={headingLevel === 3 ? 4 : 5} />} />

        {save.isError && !placedAtFields && <PlanSaveError error={save.error} onReload={reload} />}

        <div className="button-row">
          <Button type="submit" loading={save.isPending} aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('plans.editor.saving') : newVersion ? t('plans.editor.saveVersion', { version: newVersion }) : t('plans.editor.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
        <Paragraph data-size="sm" className="muted">
          {t('plans.editor.draftNote')}
        </Paragraph>
      </form>

      <MeasurePicker
        open={picking.target !== null}
        detail={detail}
        schoolId={schoolId}
        targetText={picking.target ? t(`measures.target.${picking.target.list}`, { n: picking.target.index + 1 }) : ''}
        onChoose={picking.choose}
        onClose={picking.close}
      />
    </section>
  );
}
