import { Alert, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { barnevernChecklist, type BarnevernChecklistGroup } from '../../../../domain/kartlegging/barnevern-checklist';
import { checkConsent, needsConsent, ownConsentAge, referralKinds, type ConsentGiver, type ReferralKind } from '../../../../domain/referrals/consent';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';
import { intlLocales, toLanguage } from '../../../i18n/languages';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useCreateReferral } from '../api/use-cases';
import { isApiFailure } from '../../../api/client';
import { problemsAt } from '../field-problems';
import { CaseSection, SectionFormToggle, useSectionForm } from './case-section';
import { FormFooter } from './form-footer';
import { FieldsetError, useFieldError } from './form-problems';

const notGiven = 'ikke_gitt';
const checklistGroups: readonly BarnevernChecklistGroup[] = ['vilkar', 'framgangsmate', 'innhold', 'etterpa'];

/**
 * Referrals: to PPT and BUP only with consent recorded (the guardians', or from 15 the student's
 * own: the form shows who may consent for this student today); to the school nurse; and a concern
 * report to barnevern guided by the checklist — never on absence alone, the guardians are told,
 * never anonymous.
 */
export function ReferralsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForm<ReferralKind>();
  const referrals = [...detail.referrals].sort((a, b) => b.referredOn.localeCompare(a.referredOn) || b.createdAt.localeCompare(a.createdAt));
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
      {referrals.length === 0 ? (
        <Paragraph>{t('cases.referrals.none')}</Paragraph>
      ) : (
        <ul className="case-list" aria-label={t('cases.referrals.listLabel')}>
          {referrals.map((referral) => (
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
      )}
    </CaseSection>
  );
}

type Problems = { referredOn?: boolean; reason?: boolean; givenOn?: boolean };

function ReferralForm({ detail, onCancel, onSaved }: { detail: CaseDetail; onCancel: () => void; onSaved: (kind: ReferralKind) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const today = todayInNorway();
  const create = useCreateReferral(detail.id);
  const fieldError = useFieldError(create.error);
  const [kind, setKind] = useState<ReferralKind>('ppt');
  const [referredOn, setReferredOn] = useState(today);
  const [reason, setReason] = useState('');
  const [givenBy, setGivenBy] = useState<ConsentGiver | typeof notGiven>(notGiven);
  const [givenOn, setGivenOn] = useState(today);
  const [consentNote, setConsentNote] = useState('');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  const [guardiansInformedOn, setGuardiansInformedOn] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const kindRef = useRef<HTMLSelectElement>(null);
  const referredOnRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const givenOnRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const consent = needsConsent(kind);
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
        consent: consent && givenBy !== notGiven ? { givenBy, givenOn, note: consentNote.trim() } : null,
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

  const mayConsentText = new Intl.ListFormat(intlLocales[language], { type: 'disjunction' }).format(
    student.mayConsent.map((g) => t(`cases.consentGiverInText.${g}`)),
  );

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
        <Fieldset>
          <Fieldset.Legend>{t('cases.referrals.consent.legend')}</Fieldset.Legend>
          <Fieldset.Description>
            {t('cases.referrals.consent.who', { name: student.name, age: student.age, who: mayConsentText })}{' '}
            {student.age < ownConsentAge ? t('cases.referrals.consent.under', { age: ownConsentAge }) : t('cases.referrals.consent.over', { age: ownConsentAge })}
          </Fieldset.Description>
          <Radio
            name={`${id}-consent`}
            value={notGiven}
            label={t('cases.referrals.consent.notGiven')}
            description={t('cases.referrals.consent.notGivenHelp')}
            checked={givenBy === notGiven}
            onChange={() => setGivenBy(notGiven)}
          />
          {student.mayConsent.map((giver) => (
            <Radio
              key={giver}
              name={`${id}-consent`}
              value={giver}
              label={t(`cases.referrals.consent.givenBy.${giver}`)}
              checked={givenBy === giver}
              onChange={() => setGivenBy(giver)}
            />
          ))}
          <FieldsetError text={consentError} />
        </Fieldset>
      )}
      {consent && givenBy !== notGiven && (
        <>
          <Textfield
            ref={givenOnRef}
            id={`${id}-given-on`}
            type="date"
            label={t('cases.referrals.consent.givenOn')}
            required
            max={referredOn || undefined}
            value={givenOn}
            onChange={(event) => setGivenOn(event.target.value)}
            error={fieldError('consent.givenOn', problems.givenOn && t('cases.referrals.consent.givenOnMissing'))}
          />
          <Textfield
            id={`${id}-consent-note`}
            label={t('cases.referrals.consent.note')}
            description={t('cases.referrals.consent.noteHelp')}
            maxLength={1000}
            value={consentNote}
            onChange={(event) => setConsentNote(event.target.value)}
            error={fieldError('consent.note')}
          />
        </>
      )}
      {kind === 'barnevern' && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('cases.referrals.checklist.legend')}</Fieldset.Legend>
            <Fieldset.Description>{t('cases.referrals.checklist.help')}</Fieldset.Description>
            {checklistGroups.map((group) => (
              <Fieldset key={group} className="case-checklist-group">
                <Fieldset.Legend>{t(`cases.referrals.checklist.group.${group}`)}</Fieldset.Legend>
                {group === 'innhold' && (
                  <>
                    <Fieldset.Description>{t('cases.referrals.checklist.describeIntro')}</Fieldset.Description>
                    <FieldsetError text={fieldError('checklist.descriptions', false)} />
                  </>
                )}
                {barnevernChecklist
                  .filter((item) => item.group === group)
                  .map((item) => (
                    <div key={item.id} className="case-checklist-item">
                      <Checkbox
                        id={`${id}-item-${item.id}`}
                        label={item.text[language]}
                        description={item.required ? t('cases.referrals.checklist.required') : undefined}
                        checked={confirmed.has(item.id)}
                        error={fieldError(`checklist.confirmed.${item.id}`)}
                        onChange={(event) => {
                          const on = event.target.checked;
                          setConfirmed((previous) => {
                            const next = new Set(previous);
                            if (on) next.add(item.id);
                            else next.delete(item.id);
                            return next;
                          });
                        }}
                      />
                      {/* What the report covers: each point the report describes gets its own text. */}
                      {group === 'innhold' && (
                        <Textfield
                          id={`${id}-describe-${item.id}`}
                          multiline
                          rows={2}
                          label={t('cases.referrals.checklist.describe', { item: item.text[language] })}
                          maxLength={8000}
                          value={descriptions[item.id] ?? ''}
                          onChange={(event) => {
                            const value = event.target.value;
                            setDescriptions((previous) => ({ ...previous, [item.id]: value }));
                          }}
                          error={fieldError(`checklist.descriptions.${item.id}`)}
                        />
                      )}
                    </div>
                  ))}
              </Fieldset>
            ))}
          </Fieldset>
          <Textfield
            id={`${id}-informed`}
            type="date"
            label={t('cases.referrals.guardiansInformedOnLabel')}
            description={t('cases.referrals.guardiansInformedOnHelp')}
            required
            max={today}
            value={guardiansInformedOn}
            onChange={(event) => setGuardiansInformedOn(event.target.value)}
            error={fieldError('guardiansInformedOn')}
          />
        </>
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
