/** Bokmål: the words of the frame, the sign-in page and Mine elever, loaded before the app shows (i18n.ts). */
import type { Catalog } from '../catalog';

export default Object.values(import.meta.glob<Catalog>(['../nb.json', '../../features/sign-in/i18n/nb.json'], { eager: true, import: 'default' }));
