import { Alert, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { barnevernChecklist } from '../../../../domain/kartlegging/barnevern-checklist';
import { checkConsent, needsConsent, referralKinds, type ReferralKind } from '../../../../domain/referrals/consent';
import type { CaseDetail } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useCreateReferral } from '../api/use-cases';
import { problemsAt } from '../field-problems';
import { BarnevernChecklistFields } from './barnevern-checklist-fields';
import { FormFooter } from './form-footer';
import { useFieldError } from './form-problems';
import { notGiven, ReferralConsentFields, type ConsentDraft } from './referral-consent-fields';

type Problems = { referredOn?: boolean; reason?: boolean; givenOn?: boolean };

/**
 * A new referral: to whom, when and why; the consent when the kind needs it; for barnevern the
 * checklist and when the guardians were told. The form checks what it can (a date, a reason),
 * and moves the focus to the first field that lacks it; the consent rule and the checklist are
 * the server's to check.
 */
export function ReferralForm({ detail, onCancel, onSaved }: { detail: CaseDetail; onCancel: () => void; onSaved: (kind: ReferralKind) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const create = useCreateReferral(detail.id);
  const fieldError = useFieldError(create.error);
  const [kind, setKind] = useState<ReferralKind>('ppt');
  const [referredOn, setReferredOn] = useState(today);
  const [reason, setReason] = useState('');
  const [consentDraft, setConsentDraft] = useState<ConsentDraft>({ givenBy: notGiven, givenOn: today, note: '' });
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [guardiansInformedOn, setGuardiansInformedOn] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const kindRef = useRef<HTMLSelectElement>(null);
  const referredOnRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const givenOnRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const consent = needsConsent(kind);
  const { givenBy, givenOn } = consentDraft;
  const { student } = detail;

  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Problems = {
      referredOn: !isIsoDate(referredOn),
      reason: !reason.trim(),
      givenOn: consent && givenBy !== notGiven && !isIsoDate(givenOn),
    };
    setProblems(found);
    if (found.referredOn) return referredOnRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    if (found.givenOn) return givenOnRef.current?.focus();
    // The consent rule and the checklist are the server's to check: it answers at the fields.
    create.mutate(
      {
        kind,
        referredOn,
        reason: reason.trim(),
        consent: consent && givenBy !== notGiven ? { givenBy, givenOn, note: consentDraft.note.trim() } : null,
        checklist:
          kind === 'barnevern'
            ? {
                confirmed: barnevernChecklist.filter((item) => confirmed.has(item.id)).map((item) => item.id),
                descriptions: Object.fromEntries(
                  Object.entries(descriptions)
                    .map(([key, value]) => [key, value.trim()] as const)
                    .filter(([, value]) => value !== ''),
                ),
              }
            : { confirmed: [], descriptions: {} },
        guardiansInformedOn: kind === 'barnevern' && isIsoDate(guardiansInformedOn) ? guardiansInformedOn : null,
      },
      { onSuccess: () => onSaved(kind) },
    );
  };

  // The server refused the consent; the same rule (consent.ts) says why, in the reader's words.
  const sent = create.variables;
  const consentRefused = isApiFailure(create.error) && problemsAt(create.error.details, 'consent').length > 0;
  const consentCheck =
    consentRefused && sent
      ? checkConsent({ kind: sent.kind, studentBirthDate: student.birthDate, consent: sent.consent ?? null, referredOn: sent.referredOn })
      : null;
  const consentError = consentCheck && !consentCheck.ok ? t(`cases.problem.${consentCheck.reason}`) : fieldError('consent');

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('cases.referrals.formHeading')}
      </Heading>
      <Field>
        <Label htmlFor={`${id}-kind`}>{t('cases.referrals.kind')}</Label>
        <Select ref={kindRef} id={`${id}-kind`} width="auto" value={kind} onChange={(event) => setKind(event.target.value as ReferralKind)}>
          {referralKinds.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`referralKind.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {kind === 'barnevern' && (
        <Alert data-color="warning" className="stack stack--tight">
          <Heading level={4} data-size="2xs">
            {t('cases.referrals.barnevern.heading')}
          </Heading>
          <Paragraph>{t('cases.referrals.barnevern.rule')}</Paragraph>
          <Paragraph data-size="sm">{t('cases.referrals.barnevern.duty')}</Paragraph>
        </Alert>
      )}
      {kind === 'helsesykepleier' && <Paragraph>{t('cases.referrals.nurseNote')}</Paragraph>}
      <Textfield
        ref={referredOnRef}
        id={`${id}-date`}
        type="date"
        label={t('cases.referrals.referredOn')}
        required
        value={referredOn}
        onChange={(event) => setReferredOn(event.target.value)}
        error={fieldError('referredOn', problems.referredOn && t('cases.referrals.referredOnMissing'))}
      />
      <Textfield
        ref={reasonRef}
        id={`${id}-reason`}
        multiline
        rows={4}
        label={kind === 'barnevern' ? t('cases.referrals.concern') : t('cases.referrals.reason')}
        description={kind === 'barnevern' ? t('cases.referrals.concernHelp') : t('cases.referrals.reasonHelp')}
        required
        maxLength={4000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError('reason', problems.reason && t('cases.referrals.reasonMissing'))}
      />
      {consent && (
        <ReferralConsentFields
          id={id}
          student={student}
          consent={consentDraft}
          onChange={(patch) => setConsentDraft((current) => ({ ...current, ...patch }))}
          referredOn={referredOn}
          givenOnRef={givenOnRef}
          consentError={consentError}
          givenOnMissing={problems.givenOn}
          fieldError={fieldError}
        />
      )}
      {kind === 'barnevern' && (
        <BarnevernChecklistFields
          id={id}
          today={today}
          confirmed={confirmed}
          setConfirmed={setConfirmed}
          descriptions={descriptions}
          setDescriptions={setDescriptions}
          guardiansInformedOn={guardiansInformedOn}
          setGuardiansInformedOn={setGuardiansInformedOn}
          fieldError={fieldError}
        />
      )}
      <FormFooter
        error={create.error}
        fields={['kind', 'referredOn', 'reason', 'consent', 'checklist', 'guardiansInformedOn']}
        texts={{ validation_failed: t('cases.referrals.refused') }}
        pending={create.isPending}
        submitText={t('cases.referrals.submit')}
        pendingText={t('cases.referrals.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
