/**
 * The three catalogs: the app's own (nb.json, nn.json, en.json here) merged with the catalogs of
 * the features that keep theirs beside their code (cases; plans and conversations), so that a
 * feature's texts live with the feature, and with the import problems' catalogs, which the
 * command line reads too (src/shared/import-problems). Each owns its own top-level keys.
 */
import casesEn from '../features/cases/i18n/en.json';
import casesNb from '../features/cases/i18n/nb.json';
import casesNn from '../features/cases/i18n/nn.json';
import plansEn from '../features/plans/i18n/en.json';
import plansNb from '../features/plans/i18n/nb.json';
import plansNn from '../features/plans/i18n/nn.json';
import importProblemsEn from '../../shared/import-problems/en.json';
import importProblemsNb from '../../shared/import-problems/nb.json';
import importProblemsNn from '../../shared/import-problems/nn.json';
import en from './en.json';
import type { Language } from './languages';
import nb from './nb.json';
import nn from './nn.json';

export type Catalog = { [key: string]: string | Catalog };

function merge(...parts: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`The translation key "${key}" is defined by two catalogs`);
      out[key] = value;
    }
  }
  return out;
}

export const catalogs: Record<Language, Catalog> = {
  nb: merge(nb, casesNb, plansNb, importProblemsNb),
  nn: merge(nn, casesNn, plansNn, importProblemsNn),
  en: merge(en, casesEn, plansEn, importProblemsEn),
};
