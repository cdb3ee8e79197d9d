import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../shared/api';
import { describeFlag, type FindingParam } from '../../domain/identification/explain-flag';
import type { RuleFacts } from '../../domain/identification/flag';
import { toLanguage, type Language } from '../i18n/languages';

export interface Explanation {
  rule: string;
  finding: string;
}

type Explainable = Pick<Flag, 'ruleCode' | 'facts'>;

/**
 * The wire carries facts as a loose record (they are stored as jsonb, rows of earlier versions
 * included); the rule named by ruleCode wrote them, in its shape (FlagFactsByRule).
 */
const asRuleFacts = (flag: Explainable) => flag as RuleFacts;

// Norwegian figures (1 234,5) in bokmål and nynorsk, British in English: at most one decimal.
const numberFormats: Record<Language, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
  nn: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** dd.mm.yyyy in every language, as the rules' findings have always been written. */
function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function renderParam(t: TFunction, language: Language, param: FindingParam): string {
  if ('number' in param) return numberFormats[language].format(param.number);
  if ('date' in param) return dottedDate(param.date);
  if ('text' in param) return param.text;
  if ('count' in param) return t(`flagExplanation.count.${param.noun}`, { count: param.count, n: numberFormats[language].format(param.count) });
  return t(`flagExplanation.${param.term}.${param.code}`, { replace: param.values ?? {} });
}

/** The rule and the finding of a flag in `language`, with the words of the catalogs (flagExplanation.*). */
export function explainFlag(t: TFunction, language: Language, flag: Explainable): Explanation {
  const { rule, finding } = describeFlag(asRuleFacts(flag));
  const values = Object.fromEntries(Object.entries(finding.params).map(([name, param]) => [name, renderParam(t, language, param)]));
  return { rule: t(`flagExplanation.rule.${rule}`), finding: t(`flagExplanation.finding.${finding.code}`, { replace: values }) };
}

/** The rule and the finding of a flag in the reader's language. */
export function useExplainFlag(): (flag: Explainable) => Explanation {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useCallback((flag) => explainFlag(t, language, flag), [t, language]);
}
