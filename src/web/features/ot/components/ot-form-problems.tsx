import { Alert, Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiFailure, type FailureDetail } from '../../../api/client';
import { useFormat } from '../../../i18n/format';
import { problemsAt, problemWords, unplacedProblems } from '../ot-problems';

/** A server detail in words: in the reader's language where the app knows the message, otherwise the server's own text. */
export function useProblemText(): (detail: FailureDetail) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (detail: FailureDetail) => {
      const words = problemWords(detail.message);
      if (!words) return detail.message;
      const values = { ...words.values };
      if (typeof values.date === 'string') values.date = format.date(values.date);
      return t(words.key, values);
    },
    [t, format],
  );
}

/**
 * The server's problems at one field, as text for the field's `error`; undefined when none. A
 * problem the form found itself (`own`) comes first. `toForm` turns the server's paths into the
 * form's (the plan's steps).
 */
export function useFieldError(error: unknown, toForm?: (path: string) => string): (field: string, own?: string | false | null) => string | undefined {
  const text = useProblemText();
  const details = isApiFailure(error) ? error.details : [];
  return (field, own) => {
    const texts = [...(own ? [own] : []), ...problemsAt(details, field, toForm).map(text)];
    return texts.length > 0 ? [...new Set(texts)].join(' ') : undefined;
  };
}

/** The error of a form's request: what its code means, and the server's problems no field shows. */
export function FormFailure({ error, fields, toForm }: { error: unknown; fields: readonly string[]; toForm?: (path: string) => string }) {
  const { t } = useTranslation();
  const text = useProblemText();
  if (!error) return null;
  const failure = isApiFailure(error) ? error : null;
  const code = failure?.code ?? 'internal';
  const rest = failure ? unplacedProblems(failure.details, fields, toForm) : [];
  const placed = failure ? failure.details.length - rest.length : 0;
  return (
    <Alert data-color={code === 'forbidden' ? 'warning' : 'danger'} role="alert">
      <Paragraph>{t(`errors.${code}`)}</Paragraph>
      {placed > 0 && <Paragraph>{t('ot.problem.seeFields')}</Paragraph>}
      {rest.length > 0 && (
        <ul>
          {rest.map((d) => (
            <li key={`${d.path}:${d.message}`}>{text(d)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/** A problem with a group of choices, under them in the fieldset. */
export function FieldsetError({ text }: { text: string | undefined }) {
  if (!text) return null;
  return <ValidationMessage>{text}</ValidationMessage>;
}

/** The end of an OT form: the request's failure, then submit (busy while it runs) and cancel. */
export function FormFooter({
  error,
  fields,
  toForm,
  pending,
  submitText,
  pendingText,
  onCancel,
}: {
  error: unknown;
  fields: readonly string[];
  toForm?: (path: string) => string;
  pending: boolean;
  submitText: string;
  pendingText: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormFailure error={error} fields={fields} toForm={toForm} />
      <div className="button-row">
        <Button type="submit" loading={pending} aria-disabled={pending || undefined}>
          {pending ? pendingText : submitText}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </>
  );
}
