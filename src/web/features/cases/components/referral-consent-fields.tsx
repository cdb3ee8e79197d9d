import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ownConsentAge, type ConsentGiver } from '../../../../domain/referrals/consent';
import type { CaseDetail } from '../../../../shared/case-api';
import { intlLocales, toLanguage } from '../../../i18n/languages';
import { FieldsetError } from './form-problems';

export const notGiven = 'ikke_gitt';

/** The consent as the form holds it: who gave it (or not yet), when, and a note. */
export type ConsentDraft = { givenBy: ConsentGiver | typeof notGiven; givenOn: string; note: string };

/**
 * The consent a referral to PPT or BUP needs: who may give it for this student today (the
 * guardians, or from 15 the student), or that it is not given yet; once given, when, and a note.
 */
export function ReferralConsentFields({
  id,
  student,
  consent,
  onChange,
  referredOn,
  givenOnRef,
  consentError,
  givenOnMissing,
  fieldError,
}: {
  /** The form's id, that the fields' ids start with. */
  id: string;
  student: CaseDetail['student'];
  consent: ConsentDraft;
  onChange: (patch: Partial<ConsentDraft>) => void;
  referredOn: string;
  givenOnRef: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  consentError: string | undefined;
  givenOnMissing: boolean | undefined;
  fieldError: (field: string, own?: string | false | null) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const mayConsentText = new Intl.ListFormat(intlLocales[language], { type: 'disjunction' }).format(
    student.mayConsent.map((g) => t(`cases.consentGiverInText.${g}`)),
  );

  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('cases.referrals.consent.legend')}</Fieldset.Legend>
        <Fieldset.Description>
          {student.age === null ? (
            // Without a birth date the student counts as under 15: only the guardians consent.
            t('cases.referrals.consent.whoBirthDateMissing', { name: student.name, who: mayConsentText })
          ) : (
            <>
              {t('cases.referrals.consent.who', { name: student.name, age: student.age, who: mayConsentText })}{' '}
              {student.age < ownConsentAge ? t('cases.referrals.consent.under', { age: ownConsentAge }) : t('cases.referrals.consent.over', { age: ownConsentAge })}
            </>
          )}
        </Fieldset.Description>
        <Radio
          name={`${id}-consent`}
          value={notGiven}
          label={t('cases.referrals.consent.notGiven')}
          description={t('cases.referrals.consent.notGivenHelp')}
          checked={consent.givenBy === notGiven}
          onChange={() => onChange({ givenBy: notGiven })}
        />
        {student.mayConsent.map((giver) => (
          <Radio
            key={giver}
            name={`${id}-consent`}
            value={giver}
            label={t(`cases.referrals.consent.givenBy.${giver}`)}
            checked={consent.givenBy === giver}
            onChange={() => onChange({ givenBy: giver })}
          />
        ))}
        <FieldsetError text={consentError} />
      </Fieldset>
      {consent.givenBy !== notGiven && (
        <>
          <Textfield
            ref={givenOnRef}
            id={`${id}-given-on`}
            type="date"
            label={t('cases.referrals.consent.givenOn')}
            required
            max={referredOn || undefined}
            value={consent.givenOn}
            onChange={(event) => onChange({ givenOn: event.target.value })}
            error={fieldError('consent.givenOn', givenOnMissing && t('cases.referrals.consent.givenOnMissing'))}
          />
          <Textfield
            id={`${id}-consent-note`}
            label={t('cases.referrals.consent.note')}
            description={t('cases.referrals.consent.noteHelp')}
            maxLength={1000}
            value={consent.note}
            onChange={(event) => onChange({ note: event.target.value })}
            error={fieldError('consent.note')}
          />
        </>
      )}
    </>
  );
}
