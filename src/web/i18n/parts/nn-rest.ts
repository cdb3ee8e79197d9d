/** Nynorsk: the words of every other page, loaded with the first of them to be opened (i18n.ts). */
import type { Catalog } from '../catalog';

export default Object.values(
  import.meta.glob<Catalog>(
    ['../other-pages/nn.json', '../../features/*/i18n/nn.json', '!../../features/sign-in/i18n/nn.json', '../../../shared/*-problems/nn.json'],
    { eager: true, import: 'default' },
  ),
);
