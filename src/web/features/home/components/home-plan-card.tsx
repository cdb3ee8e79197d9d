import { Alert, Button, Dialog, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomePlanVersion } from '../../../../shared/home-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { capitalise } from '../../../components/capitalise';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { PlanContentView } from '../../plans/components/plan-content-view';
import { useHomeSession, useSignHomePlan } from '../api/use-home';
import { mySignatureDate } from '../home-view';
import '../../plans/plans.css';

export const homePlanHeadingId = (plan: Pick<HomePlanVersion, 'planId' | 'version'>) => `home-plan-${plan.planId}-${plan.version}`;

/** "Tiltaksplan, versjon 2": the plan's name as the home reads it. */
export function useHomePlanTitle(): (plan: Pick<HomePlanVersion, 'kind' | 'version'>) => string {
  const { t } = useTranslation();
  return (plan) => t('home.plans.title', { kind: capitalise(t(`planKind.${plan.kind}`)), version: plan.version });
}

/**
 * One plan version as the school shared it: signed, or a draft to read; its content in the same
 * view the school reads (and the PDF prints); who signed, how and when; and "Signer" when it is
 * this person's turn.
 */
export function HomePlanCard({ studentId, plan, onSigned }: { studentId: string; plan: HomePlanVersion; onSigned: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useHomeSession();
  const title = useHomePlanTitle()(plan);
  const [confirming, setConfirming] = useState(false);
  const headingId = homePlanHeadingId(plan);
  const signedOn = mySignatureDate(plan, session);

  return (
    <article className="plan-card stack" aria-labelledby={headingId}>
      <div className="stack stack--tight">
        <Heading level={3} data-size="sm" id={headingId} tabIndex={-1}>
          {title}
        </Heading>
        <Paragraph data-size="sm" className="plan-state">
          <Tag data-color={plan.status === 'signed' ? 'success' : 'info'} data-size="sm">
            {plan.status === 'signed' ? t('home.plans.signed') : t('home.plans.draft')}
          </Tag>{' '}
          {t('home.plans.updated', { date: format.date(dateOfTimestamp(plan.updatedAt)) })}
        </Paragraph>
        {plan.status === 'draft' && <Paragraph data-size="sm">{t('home.plans.draftIntro')}</Paragraph>}
      </div>

      <PlanContentView kind={plan.kind} content={plan.content} caption={title} />

      <div className="stack stack--tight">
        <Heading level={4} data-size="2xs">
          {t('home.plans.signatures')}
        </Heading>
        {plan.signatures.length === 0 ? (
          <Paragraph data-size="sm">{t('home.plans.noSignatures')}</Paragraph>
        ) : (
          <ul className="plan-lines">
            {plan.signatures.map((s) => (
              <li key={`${s.role}:${s.name}:${s.signedOn}`}>
                {t('home.plans.signatureLine', {
                  name: s.name,
                  role: t(`signatoryRole.${s.role}`),
                  method: t(`signatureMethod.${s.method}`),
                  date: format.date(s.signedOn),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>

      {plan.signedByMe ? (
        <Paragraph className="home-signed-by-me">
          <strong>{signedOn ? t('home.plans.youSigned', { date: format.date(signedOn) }) : t('home.plans.youSignedNoDate')}</strong>
        </Paragraph>
      ) : (
        plan.canSign && (
          <div className="button-row">
            <Button type="button" onClick={() => setConfirming(true)}>
              {t('home.plans.sign')}
              <span className="visually-hidden"> {title}</span>
            </Button>
          </div>
        )
      )}

      {/* Kept in the page once the plan is signed, so that it closes and says so itself. */}
      {(plan.canSign || confirming) && (
        <SignDialog
          open={confirming}
          studentId={studentId}
          plan={plan}
          title={title}
          onClose={() => setConfirming(false)}
          onSigned={(message) => {
            setConfirming(false);
            onSigned(message);
          }}
        />
      )}
    </article>
  );
}

/** The confirmation: the person says, in their own click, that they read the plan and sign it with the way they signed in. */
function SignDialog({
  open,
  studentId,
  plan,
  title,
  onClose,
  onSigned,
}: {
  open: boolean;
  studentId: string;
  plan: HomePlanVersion;
  title: string;
  onClose: () => void;
  onSigned: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useHomeSession();
  const sign = useSignHomePlan(studentId);
  const provider = t(`home.provider.${session.method}`);
  const failure = isApiFailure(sign.error) ? sign.error : null;
  const close = () => {
    sign.reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} closeButton={t('home.signDialog.close')} aria-labelledby={`${id}-heading`} className="home-sign-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('home.signDialog.heading', { plan: title })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="stack">
        <Paragraph>{t('home.signDialog.intro', { provider })}</Paragraph>
        {sign.isError && (
          <Alert data-color={failure?.code === 'conflict' || failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'conflict' ? (
              <Paragraph>{t('home.signDialog.conflict')}</Paragraph>
            ) : failure?.code === 'forbidden' ? (
              <Paragraph>{t('home.signDialog.forbidden')}</Paragraph>
            ) : (
              <ApiErrorText error={sign.error} />
            )}
          </Alert>
        )}
        <div className="button-row">
          <Button
            type="button"
            className="home-wrapping-button"
            loading={sign.isPending}
            aria-disabled={sign.isPending || undefined}
            onClick={() => {
              if (sign.isPending) return;
              sign.mutate(
                { planId: plan.planId, version: plan.version },
                {
                  onSuccess: (signed) => {
                    const on = mySignatureDate(signed, session);
                    onSigned(t('home.signDialog.done', { plan: title, date: on ? format.date(on) : format.date(dateOfTimestamp(new Date().toISOString())) }));
                  },
                },
              );
            }}
          >
            {sign.isPending ? t('home.signDialog.signing') : t('home.signDialog.confirm', { provider })}
          </Button>
          <Button type="button" variant="tertiary" onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
