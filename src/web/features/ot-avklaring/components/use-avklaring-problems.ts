import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiFailure, type FailureDetail } from '../../../api/client';
import { useProblemText } from '../../cases/components/form-problems';
import { problemsAt } from '../../cases/field-problems';
import { avklaringProblem } from '../avklaring-problems';

/** A refusal of the clarification endpoints in the reader's words, or null when this feature does not know it. */
export function useAvklaringExplain(): (detail: FailureDetail) => string | null {
  const { t } = useTranslation();
  return useCallback(
    (detail: FailureDetail) => {
      const problem = avklaringProblem(detail);
      if (!problem) return null;
      if (problem.key === 'otAvklaring.problem.missingPart') return t(problem.key, { part: t(`otAvklaring.part.${problem.part}`) });
      if (problem.key === 'otAvklaring.problem.missingPreparation') return t(problem.key, { item: t(`otAvklaring.preparation.item.${problem.item}`) });
      return t(problem.key);
    },
    [t],
  );
}

/**
 * The server's problems at one field, as text for the field's `error` (this feature's words
 * first, then the cases'); undefined when none. A problem the form found itself (`own`) comes first.
 */
export function useAvklaringFieldError(error: unknown): (field: string, own?: string | false | null) => string | undefined {
  const explain = useAvklaringExplain();
  const caseText = useProblemText();
  const details = isApiFailure(error) ? error.details : [];
  return (field, own) => {
    const texts = [...(own ? [own] : []), ...problemsAt(details, field).map((d) => explain(d) ?? caseText(d))];
    return texts.length > 0 ? [...new Set(texts)].join(' ') : undefined;
  };
}
