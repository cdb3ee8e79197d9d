import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { isApiFailure } from '../api/client';
import { ApiErrorText } from './api-error-alert';

/**
 * A save that failed, under its form: a refusal in the form's own words as a warning (nothing is
 * broken, the person may not do this), any other failure as the server's error, as danger.
 */
export function SaveFailureAlert({ error, forbiddenText }: { error: unknown; forbiddenText: string }) {
  const forbidden = isApiFailure(error) && error.code === 'forbidden';
  return (
    <Alert data-color={forbidden ? 'warning' : 'danger'} role="alert">
      {forbidden ? <Paragraph>{forbiddenText}</Paragraph> : <ApiErrorText error={error} />}
    </Alert>
  );
}
