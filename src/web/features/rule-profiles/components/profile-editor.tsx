import { Alert, Button, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleProfileView } from '../../../../shared/api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { toLanguage } from '../../../i18n/languages';
import { useSaveRuleProfile } from '../api/use-rule-profiles';
import { fieldOfProblem, problemsFromDetails, ruleForms, toFormValues, toRules, validateForm, type FormProblem, type RuleValues } from '../rule-form';
import { RuleFieldset } from './rule-fieldset';
import { useProblemText } from './use-problem-text';
import { VersionHistory } from './version-history';

/** The profile's name in the reader's language for the built-in profiles; else as the owner named it. */
export function useProfileName(): (profile: Pick<RuleProfileView, 'key' | 'name'>) => { text: string; lang?: string } {
  const { t, i18n } = useTranslation();
  return (profile) => {
    const key = `ruleProfiles.profileName.${profile.key}`;
    return i18n.exists(key) ? { text: t(key) } : { text: profile.name, lang: 'nb' };
  };
}

/**
 * The form of one rule profile. Every problem the server would find is found here first and
 * shown at its field and in an error summary that takes focus; the server's own answer (400 with
 * details by path, 409 when someone saved meanwhile) is placed the same way. Saving makes a new
 * version, announced in a status message.
 */
export function ProfileEditor({ profile, focusOnMount, onReload }: { profile: RuleProfileView; focusOnMount: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const headingId = `${id}-heading`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const profileName = useProfileName()(profile);
  const decimalComma = toLanguage(i18n.resolvedLanguage ?? i18n.language) !== 'en';
  const [values, setValues] = useState(() => toFormValues(profile.rules, decimalComma));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useSaveRuleProfile();
  const failure = isApiFailure(save.error) ? save.error : null;
  const { message, where } = useProblemText();

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const inputId = (field: string) => `${id}-${field.replace(/\./g, '-')}`;
  const change = (rule: string) => (update: (r: RuleValues) => RuleValues) =>
    setValues((current) => ({ ...current, [rule]: update(current[rule]!) }));

  const showProblems = (found: FormProblem[]) => {
    setAttempt((n) => n + 1);
    setProblems(found);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = validateForm(values);
    showProblems(found);
    if (found.length > 0) return;
    setSaved(null);
    save.mutate(
      { key: profile.key, baseVersion: profile.version, rules: toRules(values, profile.rules) },
      {
        onSuccess: (next) => setSaved(next.version),
        onError: (error) => {
          if (isApiFailure(error) && error.code === 'validation_failed' && error.details.length > 0) {
            showProblems(problemsFromDetails(error.details, values));
          }
        },
      },
    );
  };

  // A 400 with details is shown in the summary; other failures in an alert by the button.
  const placedInSummary = failure?.code === 'validation_failed' && failure.details.length > 0;

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="stack stack--tight">
        <Heading level={2} data-size="md" id={headingId} ref={headingRef} tabIndex={-1} lang={profileName.lang}>
          {profileName.text}
        </Heading>
        <Paragraph>
          {t('ruleProfiles.current', { version: profile.version, schools: t(`ruleProfiles.schoolKind.${profile.schoolKind}`) })}
        </Paragraph>
      </div>

      {problems.length > 0 && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('ruleProfiles.problemsHeading', { count: problems.length })}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((problem, index) => {
              const field = fieldOfProblem(problem);
              const place = where(problem);
              const text = place ? `${place}: ${message(problem)}` : message(problem);
              return (
                <ErrorSummary.Item key={`${problem.path ?? 'form'}:${problem.code}:${index}`}>
                  {field ? (
                    <ErrorSummary.Link
                      href={`#${inputId(field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(inputId(field))?.focus();
                      }}
                    >
                      {text}
                    </ErrorSummary.Link>
                  ) : (
                    text
                  )}
                </ErrorSummary.Item>
              );
            })}
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      <form onSubmit={onSubmit} noValidate className="stack rule-form" aria-labelledby={headingId}>
        {ruleForms.map((form) => (
          <RuleFieldset
            key={form.key}
            form={form}
            values={values[form.key]!}
            problems={problems}
            inputId={inputId}
            onChange={change(form.key)}
          />
        ))}

        {save.isError && !placedInSummary && (
          <Alert data-color={failure?.code === 'conflict' || failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert" className="stack stack--tight">
            {failure?.code === 'conflict' ? (
              <>
                <Paragraph>{t('ruleProfiles.conflict')}</Paragraph>
                <div>
                  <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
                    {t('ruleProfiles.reload')}
                  </Button>
                </div>
              </>
            ) : failure?.code === 'forbidden' ? (
              <Paragraph>{t('ruleProfiles.forbidden.text')}</Paragraph>
            ) : (
              <ApiErrorText error={save.error} />
            )}
          </Alert>
        )}

        <div>
          <Button type="submit" loading={save.isPending} aria-disabled={save.isPending || undefined}>
            {save.isPending ? t('ruleProfiles.saving') : t('ruleProfiles.save')}
          </Button>
        </div>
      </form>

      <LiveStatus>
        {saved !== null && (
          <Alert data-color="success">
            <Paragraph>{t('ruleProfiles.saved', { version: saved, name: profileName.text })}</Paragraph>
          </Alert>
        )}
      </LiveStatus>

      <VersionHistory profile={profile} />
    </section>
  );
}
