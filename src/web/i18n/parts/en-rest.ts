/** English: the words of every other page, loaded with the first of them to be opened (i18n.ts). */
import type { Catalog } from '../catalog';

export default Object.values(
  import.meta.glob<Catalog>(
    ['../other-pages/en.json', '../../features/*/i18n/en.json', '!../../features/sign-in/i18n/en.json', '../../../shared/*-problems/en.json'],
    { eager: true, import: 'default' },
  ),
);
