import { useTranslation } from 'react-i18next';
import type { ReferralKind } from '../../../../domain/referrals/consent';
import type { CaseDetail } from '../../../../shared/case-api';
import { CaseSection, SectionFormToggle, useSectionForm } from './case-section';
import { ReferralForm } from './referral-form';
import { ReferralList } from './referral-list';

/**
 * Referrals: to PPT and BUP only with consent recorded (the guardians', or from 15 the student's
 * own: the form shows who may consent for this student today); to the school nurse; and a concern
 * report to barnevern guided by the checklist — never on absence alone, the guardians are told,
 * never anonymous.
 */
export function ReferralsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const section = useSectionForm<ReferralKind>();
  const open = detail.status === 'aapen';

  return (
    <CaseSection
      section={section}
      heading={t('cases.referrals.heading')}
      intro={t('cases.referrals.intro')}
      news={section.news && t('cases.referrals.saved', { kind: t(`referralKind.${section.news}`) })}
    >
      {open && (
        <SectionFormToggle section={section} label={t('cases.referrals.new')}>
          <ReferralForm detail={detail} onCancel={section.cancel} onSaved={section.saved} />
        </SectionFormToggle>
      )}
      <ReferralList referrals={detail.referrals} />
    </CaseSection>
  );
}
