import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../shared/api';
import { explainFlag, type Explanation } from '../../domain/identification/explain-flag';
import { toLanguage } from '../i18n/languages';

/**
 * The rule and the finding of a flag in the reader's language. The texts come from the domain
 * (explain-flag.ts), the same words the rules were written in, not from the catalogs.
 */
export function useExplainFlag(): (flag: Pick<Flag, 'ruleCode' | 'facts'>) => Explanation {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useCallback((flag) => explainFlag(flag, language), [language]);
}
