import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';

/** A page the person may not see (403), or that is not there (404): said plainly, with a way on. */
export function Refusal({ kind, text }: { kind: 'forbidden' | 'notFound'; text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert data-color={kind === 'forbidden' ? 'warning' : 'info'} role="alert">
        <Paragraph>{text}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('common.toStart')}</AppLink>
      </Paragraph>
    </>
  );
}

/** Which refusal an API failure code calls for, if any. */
export function refusalKind(code: string | undefined): 'forbidden' | 'notFound' | null {
  if (code === 'forbidden') return 'forbidden';
  if (code === 'not_found' || code === 'validation_failed') return 'notFound';
  return null;
}
