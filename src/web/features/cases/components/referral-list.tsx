import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { barnevernChecklist } from '../../../../domain/kartlegging/barnevern-checklist';
import { needsConsent } from '../../../../domain/referrals/consent';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';

/**
 * The case's referrals, newest first: to whom and when, why, the consent (or why none was
 * needed), for barnevern the checklist and whether the guardians were told, and who recorded it.
 */
export function ReferralList({ referrals }: { referrals: CaseDetail['referrals'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...referrals].sort((a, b) => b.referredOn.localeCompare(a.referredOn) || b.createdAt.localeCompare(a.createdAt));

  if (newestFirst.length === 0) return <Paragraph>{t('cases.referrals.none')}</Paragraph>;
  return (
    <ul className="case-list" aria-label={t('cases.referrals.listLabel')}>
      {newestFirst.map((referral) => (
        <li key={referral.id}>
          <Paragraph>
            <strong>{t(`referralKind.${referral.kind}`)}</strong> – {format.date(referral.referredOn)}
          </Paragraph>
          <Paragraph>{referral.reason}</Paragraph>
          {referral.consent ? (
            <Paragraph data-size="sm">
              {t('cases.referrals.consentGiven', {
                who: t(`cases.consentGiverInText.${referral.consent.givenBy}`),
                date: format.date(referral.consent.givenOn),
              })}
              {referral.consent.note && <> ({referral.consent.note})</>}
            </Paragraph>
          ) : needsConsent(referral.kind) ? null : (
            <Paragraph data-size="sm">{t(`cases.referrals.noConsentNeeded.${referral.kind === 'barnevern' ? 'barnevern' : 'other'}`)}</Paragraph>
          )}
          {referral.kind === 'barnevern' && (
            <Paragraph data-size="sm">
              {t('cases.referrals.checklistConfirmed', { count: referral.checklist.confirmed.length, total: barnevernChecklist.length })}{' '}
              {referral.guardiansInformedOn
                ? t('cases.referrals.guardiansInformedOn', { date: format.date(referral.guardiansInformedOn) })
                : t('cases.referrals.guardiansNotInformed')}
            </Paragraph>
          )}
          <Paragraph data-size="sm" className="muted">
            {t('cases.referrals.recordedBy', { name: referral.createdBy })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
