import { Alert, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiFailure, type FailureDetail } from '../../../api/client';
import { problemKey, problemsAt, unplacedProblems } from '../field-problems';

/** A server detail in words: a reason code the app knows, translated; otherwise the server's own text. */
export function useProblemText(): (detail: FailureDetail) => string {
  const { t } = useTranslation();
  return useCallback(
    (detail: FailureDetail) => {
      const key = problemKey(detail);
      return key ? t(key) : detail.message;
    },
    [t],
  );
}

/**
 * The server's problems at one field, as text for the field's `error`; undefined when none. A
 * problem the form found itself (`own`) comes first.
 */
export function useFieldError(error: unknown): (field: string, own?: string | false | null) => string | undefined {
  const text = useProblemText();
  const details = isApiFailure(error) ? error.details : [];
  return (field, own) => {
    const texts = [...(own ? [own] : []), ...problemsAt(details, field).map(text)];
    return texts.length > 0 ? [...new Set(texts)].join(' ') : undefined;
  };
}

/**
 * The error of a form's request: what the code means (and for some codes what it means here),
 * and the server's problems that no field of the form shows. The problems at fields are shown
 * at the fields (useFieldError).
 */
export function FormFailure({
  error,
  fields,
  texts = {},
  explain,
}: {
  error: unknown;
  /** The form's field paths, as the server names them without "body.". */
  fields: readonly string[];
  /** A text for a code in this form's own words (e.g. conflict → "the step is not done"). */
  texts?: Partial<Record<string, string>>;
  /** Another feature's words for the problems it knows (null: the cases' words, or the server's). */
  explain?: (detail: FailureDetail) => string | null;
}) {
  const { t } = useTranslation();
  const caseText = useProblemText();
  const text = (detail: FailureDetail) => explain?.(detail) ?? caseText(detail);
  if (!error) return null;
  const failure = isApiFailure(error) ? error : null;
  const code = failure?.code ?? 'internal';
  const rest = failure ? unplacedProblems(failure.details, fields) : [];
  const placed = failure ? failure.details.length - rest.length : 0;
  return (
    <Alert data-color={code === 'forbidden' ? 'warning' : 'danger'} role="alert">
      <Paragraph>{texts[code] ?? t(`errors.${code}`)}</Paragraph>
      {placed > 0 && <Paragraph>{t('cases.problem.seeFields')}</Paragraph>}
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

/** A problem with a group of choices, under them in the fieldset (Designsystemet ties it to the choices). */
export function FieldsetError({ text }: { text: string | undefined }) {
  if (!text) return null;
  return <ValidationMessage>{text}</ValidationMessage>;
}
