import { Alert, Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentGiver } from '../../../../domain/referrals/consent';
import type { OvergangView } from '../../../../shared/overgang-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { DateField } from '../../../components/date-field';
import { todayInNorway } from '../../../lib/dates';
import { useRecordConsent, useRevokeConsent } from '../api/use-overgang';
import { consentChoices, consentProblems, dayProblem, type ConsentField, type ConsentProblem } from '../consent-form';
import { FormButtons } from '../../../components/form-buttons';

type Consent = OvergangView['consents'][number];
type Problems = Partial<Record<ConsentField, ConsentProblem>>;

/** The server's refusal under a form: its problems at the fields, the rest in words. */
function useServerProblems(error: unknown, sent: { day: string; today: string; notBefore?: string } | null) {
  const details = isApiFailure(error) && error.code === 'validation_failed' && sent ? consentProblems(error.details, sent) : [];
  const atFields: Problems = {};
  for (const p of details) if (p.field && !atFields[p.field]) atFields[p.field] = p.problem;
  return { atFields, rest: details.flatMap((p) => (p.field === null ? [p.message] : [])) };
}

function FailureAlert({ error, rest, conflictText }: { error: unknown; rest: string[]; conflictText: string }) {
  const { t } = useTranslation();
  const code = isApiFailure(error) ? error.code : 'internal';
  return (
    <Alert data-color={code === 'conflict' || code === 'forbidden' ? 'warning' : 'danger'} role="alert">
      {code === 'conflict' ? (
        <Paragraph>{conflictText}</Paragraph>
      ) : code === 'forbidden' ? (
        <Paragraph>{t('overgang.forbidden')}</Paragraph>
      ) : code === 'validation_failed' ? (
        <>
          <Paragraph>{t('overgang.consent.problem.seeFields')}</Paragraph>
          {rest.length > 0 && (
            <ul>
              {rest.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <ApiErrorText error={error} />
      )}
    </Alert>
  );
}

/**
 * Recording a consent the school received: who gave it — a guardian by name, or the student, as
 * the law lets them today — and the day. Refused (409) while no summary is saved: the consent is
 * to pass on a summary the home can have seen.
 */
export function RecordConsentForm({ studentId, view, onCancel, onSaved }: { studentId: string; view: OvergangView; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const record = useRecordConsent(studentId);
  const choices = consentChoices(view);
  const [choice, setChoice] = useState<string>(choices.length === 1 ? choices[0]!.key : '');
  const [givenOn, setGivenOn] = useState(today);
  const [own, setOwn] = useState<Problems>({});
  const [sent, setSent] = useState<{ day: string; today: string } | null>(null);
  const giverRef = useRef<HTMLInputElement>(null);
  const dayRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const server = useServerProblems(record.error, sent);
  const problems = { ...server.atFields, ...own };

  useEffect(() => {
    // The first choice, or the day when there is none to choose.
    (giverRef.current ?? dayRef.current)?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const chosen = choices.find((c) => c.key === choice);
    const found: Problems = {};
    if (!chosen) found.givenBy = 'giver_missing';
    const day = dayProblem(givenOn, today);
    if (day) found.givenOn = day;
    setOwn(found);
    record.reset();
    if (found.givenBy) return giverRef.current?.focus();
    if (found.givenOn) return dayRef.current?.focus();
    setSent({ day: givenOn, today });
    record.mutate(
      { givenBy: chosen!.givenBy, guardianId: chosen!.guardianId, givenOn },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const fields = isApiFailure(error) ? consentProblems(error.details, { day: givenOn, today }) : [];
          if (fields.some((p) => p.field === 'givenBy')) giverRef.current?.focus();
          else if (fields.some((p) => p.field === 'givenOn')) dayRef.current?.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="decision-form">
      <Fieldset>
        <Fieldset.Legend>{t('overgang.consent.givenByLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t(`overgang.consent.who.${whoText(view.whoMayConsent)}`)}</Fieldset.Description>
        {choices.length === 0 && <Paragraph>{t('overgang.consent.noGuardians')}</Paragraph>}
        {choices.map((c, i) => (
          <Radio
            key={c.key}
            ref={i === 0 ? giverRef : undefined}
            name={`${id}-giver`}
            value={c.key}
            label={c.guardianName ? t('overgang.consent.guardianChoice', { name: c.guardianName }) : t('overgang.consent.studentChoice')}
            checked={choice === c.key}
            onChange={() => setChoice(c.key)}
          />
        ))}
        {problems.givenBy && <ValidationMessage>{t(`overgang.consent.problem.${problems.givenBy}`)}</ValidationMessage>}
      </Fieldset>
      <DateField ref={dayRef} id={`${id}-given-on`} label={t('overgang.consent.givenOn')} required value={givenOn} onChange={setGivenOn} error={problems.givenOn && t(`overgang.consent.problem.${problems.givenOn}`)} />
      {record.isError && <FailureAlert error={record.error} rest={server.rest} conflictText={t('overgang.consent.noSummaryYet')} />}
      <FormButtons pending={record.isPending} text={t('overgang.consent.submit')} pendingText={t('overgang.consent.saving')} onCancel={onCancel} />
    </form>
  );
}

/** Which of the age rules' texts describes who may consent today. */
function whoText(who: readonly ConsentGiver[]): 'guardians' | 'both' | 'student' {
  if (!who.includes('elev')) return 'guardians';
  return who.includes('foresatte') ? 'both' : 'student';
}

/** Recording that the consent in force was revoked: by whom (as the law lets them today) and the day. */
export function RevokeConsentForm({ studentId, view, consent, onCancel, onSaved }: { studentId: string; view: OvergangView; consent: Consent; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const revoke = useRevokeConsent(studentId);
  const [revokedBy, setRevokedBy] = useState<ConsentGiver | ''>(view.whoMayConsent.includes(consent.givenBy) ? consent.givenBy : view.whoMayConsent.length === 1 ? view.whoMayConsent[0]! : '');
  const [revokedOn, setRevokedOn] = useState(today);
  const [own, setOwn] = useState<Problems>({});
  const [sent, setSent] = useState<{ day: string; today: string; notBefore: string } | null>(null);
  const giverRef = useRef<HTMLInputElement>(null);
  const dayRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const server = useServerProblems(revoke.error, sent);
  const problems = { ...server.atFields, ...own };

  useEffect(() => {
    giverRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (revoke.isPending) return;
    const found: Problems = {};
    if (!revokedBy) found.revokedBy = 'revoker_missing';
    const day = dayProblem(revokedOn, today, consent.givenOn);
    if (day) found.revokedOn = day;
    setOwn(found);
    revoke.reset();
    if (found.revokedBy) return giverRef.current?.focus();
    if (found.revokedOn) return dayRef.current?.focus();
    const context = { day: revokedOn, today, notBefore: consent.givenOn };
    setSent(context);
    revoke.mutate(
      { consentId: consent.id, revokedBy: revokedBy as ConsentGiver, revokedOn },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const fields = isApiFailure(error) ? consentProblems(error.details, context) : [];
          if (fields.some((p) => p.field === 'revokedBy')) giverRef.current?.focus();
          else if (fields.some((p) => p.field === 'revokedOn')) dayRef.current?.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="decision-form">
      <Paragraph data-size="sm">{t('overgang.revoke.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('overgang.revoke.byLegend')}</Fieldset.Legend>
        {view.whoMayConsent.map((giver, i) => (
          <Radio
            key={giver}
            ref={i === 0 ? giverRef : undefined}
            name={`${id}-by`}
            value={giver}
            label={t(`overgang.giver.${giver}`)}
            checked={revokedBy === giver}
            onChange={() => setRevokedBy(giver)}
          />
        ))}
        {problems.revokedBy && <ValidationMessage>{t(`overgang.consent.problem.${problems.revokedBy}`)}</ValidationMessage>}
      </Fieldset>
      <DateField ref={dayRef} id={`${id}-revoked-on`} label={t('overgang.revoke.revokedOn')} required value={revokedOn} onChange={setRevokedOn} error={problems.revokedOn && t(`overgang.consent.problem.${problems.revokedOn}`)} />
      {revoke.isError && <FailureAlert error={revoke.error} rest={server.rest} conflictText={t('overgang.revoke.alreadyRevoked')} />}
      <FormButtons pending={revoke.isPending} text={t('overgang.revoke.submit')} pendingText={t('overgang.revoke.saving')} onCancel={onCancel} />
    </form>
  );
}
