import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { Bounds } from '../../../../domain/identification/rule-profile';
import { ruleForms, type FormProblem } from '../rule-form';

/** Bounds in words: as a hint under a field ("From 1 to 6."), or as what to write when wrong. */
export function useBoundsText(): (bounds: Bounds, as: 'hint' | 'problem') => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (bounds, as) => {
      const n = (value: number) => format.number(value);
      switch (bounds.kind) {
        case 'between':
          return t(`ruleProfiles.bounds.${as}.between`, { min: n(bounds.min), max: n(bounds.max) });
        case 'atLeast':
          return t(`ruleProfiles.bounds.${as}.atLeast`, { min: n(bounds.min) });
        case 'above':
          return t(`ruleProfiles.bounds.${as}.above`, { above: n(bounds.above) });
        case 'aboveBelow':
          return t(`ruleProfiles.bounds.${as}.aboveBelow`, { above: n(bounds.above), below: n(bounds.below) });
        case 'wholeAtLeast':
          return t(`ruleProfiles.bounds.${as}.wholeAtLeast`, { min: n(bounds.min) });
      }
    },
    [t, format],
  );
}

/** What is wrong, in the reader's language: at the field, and (with `where`) in the summary. */
export function useProblemText() {
  const { t } = useTranslation();
  const boundsText = useBoundsText();

  const message = useCallback(
    (problem: FormProblem): string => {
      switch (problem.code) {
        case 'required':
          return problem.bounds ? `${t('ruleProfiles.problem.required')} ${boundsText(problem.bounds, 'hint')}` : t('ruleProfiles.problem.required');
        case 'notNumber':
        case 'outOfBounds':
          return problem.bounds ? boundsText(problem.bounds, 'problem') : t('ruleProfiles.problem.refused');
        case 'noneChosen':
          return problem.path?.endsWith('.values') ? t('ruleProfiles.problem.noGrade') : t('ruleProfiles.problem.noAbsenceType');
        default:
          return t(`ruleProfiles.problem.${problem.code}`);
      }
    },
    [t, boundsText],
  );

  /** "Fravær i halvåret, Rødt fra (dager)": where the problem is, for the error summary. */
  const where = useCallback(
    (problem: FormProblem): string | null => {
      if (!problem.path) return null;
      const [ruleKey, setting] = problem.path.split('.');
      const form = ruleForms.find((r) => r.key === ruleKey);
      if (!form) return null;
      const rule = t(`ruleCode.${form.code}`);
      if (!setting) return rule;
      const field =
        setting === 'enabled'
          ? t('ruleProfiles.enabled')
          : setting === 'counts'
            ? t('ruleProfiles.counts')
            : setting === 'values'
              ? t('ruleProfiles.grades')
              : t(`ruleProfiles.field.${form.key}.${setting}`);
      return t('ruleProfiles.problemAt', { rule, field });
    },
    [t],
  );

  return { message, where };
}
