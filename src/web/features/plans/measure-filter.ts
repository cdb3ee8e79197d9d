/**
 * Finding a measure while writing a plan: the bank and the school's own measures (as the server
 * gives them, in the reader's language) searched by words and filtered by category, level, arena
 * and the kind of case. Plain functions; the picker renders them.
 */
import { foldForSearch, matchesWords, searchWords } from '../../../domain/tiltak/search-text';
import type { Measure } from './api/plan-client';

export type MeasureFilter = {
  text: string;
  category: string;
  level: string;
  arena: string;
  /** The case's kind, or '' for every measure. */
  caseKind: string;
};

export const noFilter: MeasureFilter = { text: '', category: '', level: '', arena: '', caseKind: '' };

/** The measures that match every word and every filter, in the bank's order. */
export function filterMeasures(measures: readonly Measure[], filter: MeasureFilter): Measure[] {
  const words = searchWords(filter.text);
  return measures.filter((m) => {
    if (filter.category && m.category !== filter.category) return false;
    if (filter.level && m.level !== filter.level) return false;
    if (filter.arena && m.arena !== filter.arena) return false;
    if (filter.caseKind && m.caseKinds.length > 0 && !m.caseKinds.includes(filter.caseKind)) return false;
    if (words.length === 0) return true;
    return matchesWords(words, foldForSearch([m.title, m.description ?? '', m.categoryLabel, m.arenaLabel].join(' | ')));
  });
}

export type Choice = { value: string; label: string };

/** The categories (by source, in the bank's order) and arenas there are to choose from. */
export function filterChoices(measures: readonly Measure[]): { categories: Array<{ source: Measure['source']; choices: Choice[] }>; arenas: Choice[] } {
  const bySource = new Map<Measure['source'], Map<string, string>>();
  const arenas = new Map<string, string>();
  for (const m of measures) {
    const categories = bySource.get(m.source) ?? new Map<string, string>();
    if (!categories.has(m.category)) categories.set(m.category, m.categoryLabel);
    bySource.set(m.source, categories);
    if (!arenas.has(m.arena)) arenas.set(m.arena, m.arenaLabel);
  }
  return {
    categories: [...bySource].map(([source, categories]) => ({ source, choices: [...categories].map(([value, label]) => ({ value, label })) })),
    arenas: [...arenas].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nb')),
  };
}
