import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { useFormat } from '../../../i18n/format';
import { Deadline } from '../../cases/components/deadline';
import { stepStates } from '../avklaring-state';

/**
 * The case's three steps in order (forebuing, samtale, avtale), each done, now or later, with
 * what each is; the current step's deadline; and what must be done before the meeting may be
 * summoned. The ways on are in the sections below: each step moves by what is recorded in it.
 */
export function AvklaringStepsSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const open = detail.status === 'aapen';
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('otAvklaring.steps.heading')}
      </Heading>
      <ol className="case-steps" aria-label={t('otAvklaring.steps.listLabel')}>
        {stepStates(detail).map(({ step, state }) => (
          <li key={step} className={`case-step--${state}`} aria-current={state === 'naa' && open ? 'step' : undefined}>
            <Paragraph>
              <strong>{t(`caseStep.${step}`)}</strong> – <span className="case-step__state">{t(`cases.stepState.${state}`)}</span>
            </Paragraph>
            <Paragraph data-size="sm">{t(`otAvklaring.steps.about.${step}`)}</Paragraph>
            {state === 'naa' && open && (
              <Paragraph>
                {t('otAvklaring.steps.deadline')} <Deadline dueOn={detail.stepDueOn} overdue={detail.overdue} />
              </Paragraph>
            )}
          </li>
        ))}
      </ol>
      {open && detail.overdue && (
        <Alert data-color="warning">
          <Paragraph>{t('otAvklaring.steps.overdueWarning', { step: t(`caseStep.${detail.step}`), date: format.date(detail.stepDueOn) })}</Paragraph>
        </Alert>
      )}
      {open && detail.step === 'forebuing' && (
        <div className="stack stack--tight">
          <Heading level={3} data-size="xs">
            {t('otAvklaring.steps.beforeSummonsHeading')}
          </Heading>
          {detail.missingBeforeSummons.length === 0 ? (
            <Paragraph>{t('otAvklaring.steps.readyToSummon')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('otAvklaring.steps.missingIntro')}</Paragraph>
              <ul>
                {detail.missingBeforeSummons.map((item) => (
                  <li key={item}>{t(`otAvklaring.preparation.item.${item}`)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
