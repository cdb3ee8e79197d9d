import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { LiveStatus } from '../../../components/live-status';
import { useFormat } from '../../../i18n/format';
import { useTransitionCase } from '../api/use-cases';
import { currentStep, nextStep } from '../case-steps';
import { CloseCaseDialog } from './close-case-dialog';
import { Deadline } from './deadline';
import { FormFailure } from './form-problems';

type Done = { kind: 'advance' | 'repeat'; step: string } | { kind: 'close' };

/**
 * The case's steps in order, each ferdig, nå or senere; the current step's deadline and what it
 * still needs; and the ways on: to the next step, a new round of measures after an evaluation, or
 * closing the case with its outcome.
 */
export function StepsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeButtonRef = useRef<HTMLButtonElement>(null);
  const [note, setNote] = useState('');
  const [closing, setClosing] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  // Bumped when the button that had focus is gone: the reader goes on from the steps' heading.
  // Focused in an effect, after the page (and a closing dialog) has settled.
  const [headingFocus, setHeadingFocus] = useState(0);
  const transition = useTransitionCase(detail.id);
  const current = currentStep(detail);
  const next = nextStep(detail);
  const open = detail.status === 'aapen';
  const can = (type: CaseDetail['availableTransitions'][number]) => detail.availableTransitions.includes(type);
  const stepName = (step: string) => t(`caseStep.${step}`);
  const failure = isApiFailure(transition.error) ? transition.error : null;

  useEffect(() => {
    if (headingFocus > 0) headingRef.current?.focus();
  }, [headingFocus]);

  const move = (type: 'advance' | 'repeat') => {
    if (transition.isPending) return;
    setDone(null);
    transition.mutate(
      { type, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (updated) => {
          setNote('');
          setDone({ kind: type, step: updated.step });
          setHeadingFocus((n) => n + 1);
        },
      },
    );
  };

  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('cases.steps.heading')}
      </Heading>
      <LiveStatus>
        {done && (
          <Alert data-color="success">
            <Paragraph>
              {done.kind === 'close' ? t('cases.transitions.closed') : t(`cases.transitions.moved.${done.kind}`, { step: stepName(done.step) })}
            </Paragraph>
          </Alert>
        )}
      </LiveStatus>
      <ol className="case-steps" aria-label={t('cases.steps.listLabel', { kind: t(`caseKind.${detail.kind}`) })}>
        {detail.steps.map(({ step, state }) => (
          <li key={step} className={`case-step--${state}`} aria-current={state === 'naa' ? 'step' : undefined}>
            <Paragraph>
              <strong>{stepName(step)}</strong> – <span className="case-step__state">{t(`cases.stepState.${state}`)}</span>
            </Paragraph>
            {state === 'naa' && open && (
              <>
                <Paragraph>
                  {t('cases.steps.deadline')} <Deadline dueOn={detail.stepDueOn} overdue={detail.overdue} />
                </Paragraph>
                <Paragraph data-size="sm">{t('cases.steps.startedOn', { date: format.date(detail.stepStartedOn) })}</Paragraph>
              </>
            )}
          </li>
        ))}
      </ol>
      {open && detail.overdue && (
        <Alert data-color="warning">
          <Paragraph>{t('cases.steps.overdueWarning', { step: current ? stepName(current) : '', date: format.date(detail.stepDueOn) })}</Paragraph>
        </Alert>
      )}
      {open && (
        <div className="stack stack--tight" id={`${id}-needs`}>
          <Heading level={3} data-size="xs">
            {t('cases.steps.needsHeading', { step: current ? stepName(current) : '' })}
          </Heading>
          {detail.unmetRequirements.length === 0 ? (
            <Paragraph>{t('cases.steps.nothingMissing')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('cases.steps.missingIntro')}</Paragraph>
              <ul>
                {detail.unmetRequirements.map((requirement) => (
                  <li key={requirement}>{t(`cases.requirement.${requirement}`)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {open && detail.availableTransitions.length > 0 && (
        <div className="stack stack--tight">
          <Heading level={3} data-size="xs">
            {t('cases.transitions.heading')}
          </Heading>
          {(can('advance') || can('repeat')) && (
            <Textfield
              className="case-transition-note"
              id={`${id}-note`}
              label={t('cases.transitions.note')}
              description={t('cases.transitions.noteHelp')}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
          <FormFailure
            error={transition.error}
            fields={['note']}
            texts={{ conflict: t('cases.transitions.conflict'), validation_failed: t('cases.transitions.invalid') }}
          />
          {failure?.code === 'conflict' && detail.unmetRequirements.length > 0 && (
            <Paragraph>
              <a href={`#${id}-needs`}>{t('cases.transitions.seeNeeds')}</a>
            </Paragraph>
          )}
          <div className="button-row">
            {can('advance') && next && (
              <Button
                loading={transition.isPending && transition.variables?.type === 'advance'}
                aria-disabled={transition.isPending || undefined}
                aria-describedby={detail.unmetRequirements.length > 0 ? `${id}-needs` : undefined}
                onClick={() => move('advance')}
              >
                {t('cases.transitions.advance', { step: stepName(next).toLocaleLowerCase() })}
              </Button>
            )}
            {can('repeat') && (
              <Button
                variant="secondary"
                loading={transition.isPending && transition.variables?.type === 'repeat'}
                aria-disabled={transition.isPending || undefined}
                onClick={() => move('repeat')}
              >
                {t('cases.transitions.repeat')}
              </Button>
            )}
            {can('close') && (
              <Button ref={closeButtonRef} variant="secondary" data-color="danger" onClick={() => setClosing(true)}>
                {t('cases.transitions.close')}
              </Button>
            )}
          </div>
        </div>
      )}
      <CloseCaseDialog
        detail={detail}
        open={closing}
        onCancel={() => {
          setClosing(false);
          // Back to the button that opened the dialog.
          requestAnimationFrame(() => closeButtonRef.current?.focus());
        }}
        onClosed={() => {
          setClosing(false);
          setDone({ kind: 'close' });
          setHeadingFocus((n) => n + 1);
        }}
      />
    </section>
  );
}
