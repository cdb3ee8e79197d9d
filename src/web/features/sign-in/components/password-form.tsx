import { Button, ErrorSummary, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorChallenge } from '../../../../shared/api';
import { isApiFailure, type FailureCode } from '../../../api/client';
import { useSignIn } from '../../../lib/session';
import { DemoSignIns } from '../demo-sign-ins';

type FieldName = 'username' | 'password';
/** Kept as what went wrong, not as text, so that the text follows a change of language. */
type Problem = { field: FieldName | null; kind: 'usernameMissing' | 'passwordMissing' } | { field: FieldName | null; kind: 'api'; code: FailureCode };

const fieldIds: Record<FieldName, string> = { username: 'logg-inn-brukernavn', password: 'logg-inn-passord' };

/**
 * Username and password. Problems are listed in an error summary that takes focus (Designsystemet's
 * ErrorSummary focuses itself when shown; a new attempt shows a new one), and each links to its
 * field. A right password either signs the person in (the session is then set, and the page moves
 * on) or, for leadership and administrators, hands on to the second factor (`onSecondFactor`).
 */
export function PasswordForm({ onSecondFactor }: { onSecondFactor: (challenge: SecondFactorChallenge['secondFactor']) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const missing: Problem[] = [];
    if (!username.trim()) missing.push({ field: 'username', kind: 'usernameMissing' });
    if (!password) missing.push({ field: 'password', kind: 'passwordMissing' });
    setAttempt((n) => n + 1);
    setProblems(missing);
    if (missing.length > 0) return;

    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (result) => {
          if (!('secondFactor' in result)) return;
          // The password is not kept in the page while the code is asked for.
          setPassword('');
          onSecondFactor(result.secondFactor);
        },
        onError: (error) => {
          setAttempt((n) => n + 1);
          const code = isApiFailure(error) ? error.code : 'internal';
          setProblems([{ field: code === 'invalid_credentials' ? 'username' : null, kind: 'api', code }]);
          if (code === 'invalid_credentials') setPassword('');
        },
      },
    );
  };

  // A wrong username or password is one problem, shown in the summary and at the username field.
  const textOf = (problem: Problem) =>
    problem.kind === 'api'
      ? t(`errors.${problem.code}`)
      : problem.kind === 'usernameMissing'
        ? t('signIn.usernameMissing')
        : t('signIn.passwordMissing');
  const fieldError = (field: FieldName) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? textOf(problem) : undefined;
  };

  return (
    <>
      {problems.length > 0 && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading level={2} data-size="xs">
            {t('signIn.problemsHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((problem) => (
              <ErrorSummary.Item key={`${problem.field ?? 'form'}:${problem.kind}`}>
                {problem.field ? (
                  <ErrorSummary.Link
                    href={`#${fieldIds[problem.field]}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldIds[problem.field!])?.focus();
                    }}
                  >
                    {textOf(problem)}
                  </ErrorSummary.Link>
                ) : (
                  textOf(problem)
                )}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      <form onSubmit={onSubmit} noValidate className="stack">
        <Textfield
          id={fieldIds.username}
          label={t('signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fieldError('username')}
        />
        <Textfield
          id={fieldIds.password}
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldError('password')}
        />
        <div>
          <Button type="submit" loading={signIn.isPending} aria-disabled={signIn.isPending || undefined}>
            {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
          </Button>
        </div>
        <span className="visually-hidden" role="status">
          {signIn.isPending ? t('signIn.submitting') : ''}
        </span>
      </form>
      <DemoSignIns
        onChoose={(chosen, demoPassword) => {
          setUsername(chosen);
          setPassword(demoPassword);
          setProblems([]);
          document.getElementById(fieldIds.password)?.focus();
        }}
      />
    </>
  );
}
