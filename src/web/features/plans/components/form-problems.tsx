import { ErrorSummary } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localised } from '../../../../domain/localised';
import { intlLocales, toLanguage, type Language } from '../../../i18n/languages';
import { fieldId, labelKeyOf, type FieldProblem } from '../plan-drafts';

/** The interface language, for texts that come in all three (guides, the measure bank). */
export function useTextLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/** A text of the domain in the reader's language. */
export function useLocalised(): (text: Localised) => string {
  const language = useTextLanguage();
  return useCallback((text: Localised) => text[language], [language]);
}

/**
 * What is wrong at a field, in the reader's language; `label` names the field for the error
 * summary (a field of a row gets the row's number).
 */
export function useProblemText(labelPrefix: string) {
  const { t, i18n } = useTranslation();

  const message = useCallback(
    (problem: FieldProblem) => t(`plans.problem.${problem.code}`, { max: problem.max ?? 0 }),
    [t],
  );

  const label = useCallback(
    (path: string): string => {
      const key = `${labelPrefix}.${labelKeyOf(path)}`;
      const numbers = path
        .split('.')
        .filter((p) => /^\d+$/.test(p))
        .map((p) => Number(p) + 1);
      const field = i18n.exists(key) ? t(key) : t('plans.problem.thisField');
      return numbers.length > 0 ? t('plans.problem.inRow', { field, row: numbers[0] }) : field;
    },
    [t, i18n, labelPrefix],
  );

  return { message, label };
}

/**
 * The problems of a form in one list that takes focus, each a link to its field (WCAG 3.3.1):
 * `attempt` remounts it on every try, so that it is announced again.
 */
export function ProblemSummary({
  problems,
  attempt,
  formId,
  labelPrefix,
  heading,
}: {
  problems: readonly FieldProblem[];
  attempt: number;
  formId: string;
  labelPrefix: string;
  heading: string;
}) {
  const { message, label } = useProblemText(labelPrefix);
  if (problems.length === 0) return null;
  return (
    <ErrorSummary key={attempt}>
      <ErrorSummary.Heading level={3} data-size="xs">
        {heading}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {problems.map((problem, index) => (
          <ErrorSummary.Item key={`${problem.path}:${problem.code}:${index}`}>
            <ErrorSummary.Link
              href={`#${fieldId(formId, problem.path)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(formId, problem.path))?.focus();
              }}
            >
              {`${label(problem.path)}: ${message(problem)}`}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** The text for the problems at one path, for a field's `error` prop. */
export function useErrorAt(problems: readonly FieldProblem[], labelPrefix: string): (path: string) => string | undefined {
  const { message } = useProblemText(labelPrefix);
  return useCallback(
    (path: string) => {
      const here = problems.filter((p) => p.path === path);
      return here.length > 0 ? here.map(message).join(' ') : undefined;
    },
    [problems, message],
  );
}

/** The name of the weekday of a date ("onsdag"), in the reader's language. */
export function useWeekday(): (iso: string) => string {
  const language = useTextLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocales[language], { weekday: 'long', timeZone: 'UTC' });
    return (iso: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return match ? format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : iso;
    };
  }, [language]);
}

