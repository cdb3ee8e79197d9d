/**
 * The three catalogs whole: the app's own (nb.json, nn.json, en.json here: the frame's and the first
 * page's words; other-pages/: words of pages without a catalog of their own) merged with the
 * catalogs of the features that keep theirs beside their code, and with the import problems'
 * catalogs, which the command line reads too (src/shared/import-problems), and FINT's
 * (src/shared/fint-problems). Each file owns its own top-level keys.
 *
 * The app never loads this module: it loads each language in two parts (parts/*.ts), the first
 * page's words before it shows and the rest with the first other page (i18n.ts). This module joins
 * the same parts, so that the tests check exactly what the app can load.
 */
import enFirstPage from './parts/en-first-page';
import enRest from './parts/en-rest';
import nbFirstPage from './parts/nb-first-page';
import nbRest from './parts/nb-rest';
import nnFirstPage from './parts/nn-first-page';
import nnRest from './parts/nn-rest';
import { mergeCatalogs, type Catalog } from './catalog';
import type { Language } from './languages';

export type { Catalog } from './catalog';

const join = (...parts: Catalog[][]) => mergeCatalogs(parts.flat());

export const catalogs: Record<Language, Catalog> = {
  nb: join(nbFirstPage, nbRest),
  nn: join(nnFirstPage, nnRest),
  en: join(enFirstPage, enRest),
};
