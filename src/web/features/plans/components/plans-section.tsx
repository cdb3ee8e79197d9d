import '../plans.css';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Plan } from '../../../../shared/case-api';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import { LiveStatus } from '../../../components/live-status';
import { useCaseSchool } from '../api/use-plan-changes';
import { PlanCard, planHeadingId } from './plan-card';
import { useFocusWhenShown } from '../../../lib/use-focus-when-shown';
import { PlanEditor } from './plan-editor';

type Mode = { type: 'none' } | { type: 'create'; kind: PlanKind } | { type: 'edit'; planId: string };

/** The case's own plan first, then the week plans, the newest first. */
function planOrder(mainKind: PlanKind) {
  return (a: Plan, b: Plan) => {
    if ((a.kind === mainKind) !== (b.kind === mainKind)) return a.kind === mainKind ? -1 : 1;
    return b.createdAt.localeCompare(a.createdAt);
  };
}

/**
 * The plans of a case: the plan the kind of case is run under (tiltaksplan, oppfølgingsplan or
 * aktivitetsplan) and week plans for a gradual return, each with its versions, signatures and
 * evaluations. Plans are written with the student, in the student's words.
 */
export function PlansSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>({ type: 'none' });
  const [message, setMessage] = useState<string | null>(null);
  const schoolId = useCaseSchool(detail);
  const readOnly = detail.status === 'avsluttet';
  const plans = [...detail.plans].sort(planOrder(detail.planKind));
  const hasMainPlan = detail.plans.some((p) => p.kind === detail.planKind);
  const mainName = t(`planKind.${detail.planKind}`);

  const start = (next: Mode) => {
    setMessage(null);
    setMode(next);
  };
  const focusLater = useFocusWhenShown();
  const focusCreate = () => focusLater(`${id}-create`);

  return (
    <section className="stack plans-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('plans.heading')}
      </Heading>
      <Paragraph>{t('plans.intro', { kind: mainName })}</Paragraph>
      {mode.type === 'none' && <Paragraph data-size="sm">{t('plans.studentVoice')}</Paragraph>}

      <LiveStatus>
        {message && (
          <Alert data-color="success">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </LiveStatus>

      {plans.length === 0 && mode.type !== 'create' && <Paragraph>{t('plans.none')}</Paragraph>}

      {!readOnly && mode.type !== 'create' && (
        <div className="button-row" id={`${id}-create`} tabIndex={-1}>
          {!hasMainPlan && (
            <Button type="button" onClick={() => start({ type: 'create', kind: detail.planKind })}>
              {t('plans.create', { kind: mainName })}
            </Button>
          )}
          <Button type="button" variant="secondary" onClick={() => start({ type: 'create', kind: 'ukeplan' })}>
            {t('plans.createWeekPlan')}
          </Button>
        </div>
      )}

      {mode.type === 'create' && (
        <PlanEditor
          key={mode.kind}
          detail={detail}
          kind={mode.kind}
          plan={null}
          schoolId={schoolId}
          onSaved={(text, planId) => {
            setMode({ type: 'none' });
            setMessage(text);
            if (planId) focusLater(planHeadingId(planId));
          }}
          onCancel={() => {
            setMode({ type: 'none' });
            focusCreate();
          }}
        />
      )}

      {plans.length > 0 && (
        <ul className="plan-list">
          {plans.map((plan) => (
            <li key={plan.id}>
              <PlanCard
                detail={detail}
                plan={plan}
                schoolId={schoolId}
                editing={mode.type === 'edit' && mode.planId === plan.id}
                readOnly={readOnly || (mode.type !== 'none' && !(mode.type === 'edit' && mode.planId === plan.id))}
                onEdit={() => start({ type: 'edit', planId: plan.id })}
                onEditDone={(text) => {
                  setMode({ type: 'none' });
                  if (text) setMessage(text);
                }}
                onMessage={setMessage}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
