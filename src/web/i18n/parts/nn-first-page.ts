/** Nynorsk: the words of the frame, the sign-in page and Mine elever, loaded before the app shows (i18n.ts). */
import type { Catalog } from '../catalog';

export default Object.values(import.meta.glob<Catalog>(['../nn.json', '../../features/sign-in/i18n/nn.json'], { eager: true, import: 'default' }));
