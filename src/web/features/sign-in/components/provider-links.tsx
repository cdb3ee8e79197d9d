import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignInOptions } from '../../../../shared/sign-in-api';
import '../sign-in.css';

/** The server's provider routes: plain links, since the browser leaves Varde for the provider. */
export const providerPaths = { feide: '/api/sign-in/feide', idPorten: '/api/sign-in/id-porten' } as const;

/** Feide for staff and students, ID-porten for guardians and students without Feide: each when it is on. */
export function ProviderLinks({ options }: { options: SignInOptions }) {
  const { t } = useTranslation();
  if (!options.feide && !options.idPorten) return null;
  return (
    <div className="sign-in-ways">
      {options.feide && (
        <div className="sign-in-ways__way">
          <Button asChild>
            <a href={providerPaths.feide}>{t('signIn.feide')}</a>
          </Button>
          <Paragraph data-size="sm">{t('signIn.feideHint')}</Paragraph>
        </div>
      )}
      {options.idPorten && (
        <div className="sign-in-ways__way">
          <Paragraph>{t('signIn.idPortenLead')}</Paragraph>
          <Button asChild variant="secondary">
            <a href={providerPaths.idPorten}>{t('signIn.idPorten')}</a>
          </Button>
        </div>
      )}
    </div>
  );
}
