import { Button, ErrorSummary, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondFactorChallenge } from '../../../../shared/api';
import { isApiFailure, type FailureCode } from '../../../api/client';
import { useConfirmSecondFactor } from '../../../lib/session';
import { codeProblem, groupedSecret, typedCode, type CodeProblem } from '../second-factor-code';
import '../sign-in.css';

const codeFieldId = 'logg-inn-engangskode';

/** Kept as what went wrong, not as text, so that the text follows a change of language. */
type Problem = { kind: CodeProblem } | { kind: 'api'; code: FailureCode };

/**
 * The second step of a sign-in for leadership and administrators: set up an authenticator app
 * (the first time), then the six-digit code. The heading takes focus when the step appears, so
 * that a screen reader says where the person now is; problems are listed as on the password step.
 */
export function SecondFactorStep({ challenge, onStartOver }: { challenge: SecondFactorChallenge['secondFactor']; onStartOver: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirmSecondFactor();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const enrolling = challenge.step === 'enrol';

  useEffect(() => heading.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    setAttempt((n) => n + 1);
    const missing = codeProblem(code);
    setProblem(missing && { kind: missing });
    if (missing) return;
    confirm.mutate(
      { challenge: challenge.challenge, code: typedCode(code) },
      {
        onError: (error) => {
          setAttempt((n) => n + 1);
          setProblem({ kind: 'api', code: isApiFailure(error) ? error.code : 'internal' });
          setCode('');
        },
      },
    );
  };

  // A code refused by the server, or a wait, is shown at the field too: the next code is typed there.
  const problemText = problem ? (problem.kind === 'api' ? t(`errors.${problem.code}`) : t(`signIn.secondFactor.${problem.kind}`)) : undefined;

  return (
    <section className="stack" aria-labelledby="second-factor-heading">
      <Heading level={2} data-size="md" id="second-factor-heading" ref={heading} tabIndex={-1}>
        {enrolling ? t('signIn.secondFactor.enrolHeading') : t('signIn.secondFactor.verifyHeading')}
      </Heading>

      {problemText && (
        <ErrorSummary key={attempt}>
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('signIn.problemsHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            <ErrorSummary.Item>
              <ErrorSummary.Link
                href={`#${codeFieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(codeFieldId)?.focus();
                }}
              >
                {problemText}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary>
      )}

      {enrolling ? (
        <>
          <Paragraph>{t('signIn.secondFactor.enrolIntro')}</Paragraph>
          <ol className="second-factor__steps">
            <li>{t('signIn.secondFactor.enrolStepApp')}</li>
            <li>
              <Paragraph>{t('signIn.secondFactor.enrolStepLink')}</Paragraph>
              {challenge.otpauthUri && <Link href={challenge.otpauthUri}>{t('signIn.secondFactor.enrolLink')}</Link>}
              <Paragraph>{t('signIn.secondFactor.enrolStepSecret')}</Paragraph>
              <Paragraph>
                <span className="visually-hidden">{t('signIn.secondFactor.secretLabel')}: </span>
                <code className="second-factor__secret">{groupedSecret(challenge.secret ?? '')}</code>
              </Paragraph>
            </li>
            <li>{t('signIn.secondFactor.enrolStepCode')}</li>
          </ol>
        </>
      ) : (
        <Paragraph>{t('signIn.secondFactor.verifyIntro')}</Paragraph>
      )}

      <form onSubmit={onSubmit} noValidate className="stack">
        <Textfield
          id={codeFieldId}
          className="second-factor__code"
          label={t('signIn.secondFactor.codeLabel')}
          description={t('signIn.secondFactor.codeDescription')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={problemText}
        />
        <div className="button-row">
          <Button type="submit" loading={confirm.isPending} aria-disabled={confirm.isPending || undefined}>
            {confirm.isPending ? t('signIn.secondFactor.submitting') : t('signIn.secondFactor.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onStartOver}>
            {t('signIn.secondFactor.startOver')}
          </Button>
        </div>
        <span className="visually-hidden" role="status">
          {confirm.isPending ? t('signIn.secondFactor.submitting') : ''}
        </span>
      </form>
      <Paragraph data-size="sm">{t('signIn.secondFactor.lostPhone')}</Paragraph>
    </section>
  );
}
