import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { SecondFactorChallenge } from '../../../shared/api';
import type { SignInOptions } from '../../../shared/sign-in-api';
import { useDocumentTitle } from '../../components/use-document-title';
import { homePathFor, safeReturnPath, suitsRoles } from '../../lib/home-path';
import { useSessionState } from '../../lib/session';
import { useSignInOptions } from './api/use-sign-in-options';
import { PasswordForm } from './components/password-form';
import { ProviderLinks } from './components/provider-links';
import { SecondFactorStep } from './components/second-factor-step';
import { refusalOf } from './sign-in-refusal';

// A server from before the ways in were configurable, or one that cannot say: the password form, as always.
const passwordOnly: SignInOptions = { password: true, feide: false, idPorten: false };

/**
 * The way in: Feide (staff and students) and ID-porten (guardians, students without Feide) when
 * they are on, and the username and password form when password sign-in is on, followed by the
 * second factor for leadership and administrators. A provider's refusal comes back in the query
 * string (`?feil=`) and is said in words at the top.
 */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('neste'));
  const refusal = refusalOf(searchParams.get('feil'));
  const sessionState = useSessionState();
  const options = useSignInOptions();
  const [challenge, setChallenge] = useState<SecondFactorChallenge['secondFactor'] | null>(null);

  if (sessionState.data?.status === 'signed_in') {
    const { roles } = sessionState.data.session;
    return <Navigate to={returnTo && suitsRoles(returnTo, roles) ? returnTo : homePathFor(roles)} replace />;
  }

  const ways = options.data ?? (options.isError ? passwordOnly : undefined);
  const withProviders = !!ways && (ways.feide || ways.idPorten);

  return (
    <div className="sign-in stack">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {refusal && !challenge && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('signIn.refusalHeading')}
          </Heading>
          <Paragraph>{t(`signIn.refusals.${refusal}`)}</Paragraph>
        </Alert>
      )}
      {returnTo && <Paragraph data-size="sm">{t('signIn.returnNotice')}</Paragraph>}

      {challenge ? (
        <SecondFactorStep key={challenge.challenge} challenge={challenge} onStartOver={() => setChallenge(null)} />
      ) : !ways ? (
        <Paragraph role="status">{t('signIn.loadingOptions')}</Paragraph>
      ) : (
        <>
          {options.isError && <Alert data-color="warning">{t('signIn.optionsFailed')}</Alert>}
          <ProviderLinks options={ways} />
          {ways.password &&
            (withProviders ? (
              <section className="stack" aria-labelledby="password-sign-in-heading">
                <Heading level={2} data-size="sm" id="password-sign-in-heading">
                  {t('signIn.passwordHeading')}
                </Heading>
                <Paragraph data-size="sm">{t('signIn.passwordHint')}</Paragraph>
                <PasswordForm onSecondFactor={setChallenge} />
              </section>
            ) : (
              <>
                <Paragraph>{t('signIn.intro')}</Paragraph>
                <PasswordForm onSecondFactor={setChallenge} />
              </>
            ))}
          {!ways.password && !withProviders && <Paragraph>{t('signIn.noWays')}</Paragraph>}
        </>
      )}
    </div>
  );
}
