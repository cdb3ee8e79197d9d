/** Bokmål: the words of every other page, loaded with the first of them to be opened (i18n.ts). */
import type { Catalog } from '../catalog';

export default Object.values(
  import.meta.glob<Catalog>(
    ['../other-pages/nb.json', '../../features/*/i18n/nb.json', '!../../features/sign-in/i18n/nb.json', '../../../shared/*-problems/nb.json'],
    { eager: true, import: 'default' },
  ),
);
