import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiFailure } from '../api/client';

/** The translated text for a failed request, with the server's details where given. */
export function ApiErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = isApiFailure(error) ? error.code : 'internal';
  const details = isApiFailure(error) ? error.details : [];
  return (
    <>
      <Paragraph>{t(`errors.${code}`)}</Paragraph>
      {details.length > 0 && (
        <>
          <Paragraph>{t('errors.details')}</Paragraph>
          <ul>
            {details.map((d) => (
              <li key={`${d.path}:${d.message}`}>
                <code>{d.path}</code>: {d.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** An error that replaces a page's content: announced at once (role=alert), with a retry where it helps. */
export function ApiErrorAlert({ error, heading, onRetry }: { error: unknown; heading?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const retryable = !isApiFailure(error) || error.status === 0 || error.status >= 500;
  return (
    <Alert data-color="danger" role="alert" className="stack">
      <Heading level={2} data-size="xs">
        {heading ?? t('errors.heading')}
      </Heading>
      <ApiErrorText error={error} />
      {onRetry && retryable && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
