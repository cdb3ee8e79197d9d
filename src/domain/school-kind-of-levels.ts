/**
 * The kind of school its year groups make it, when nothing says so outright (a OneRoster org
 * without the kind in its metadata): trinn 1–7 only is a barneskole, 8–10 only an ungdomsskole,
 * both a kombinert skole, Vg1–Vg3 a videregående skole. Grunnskole trinn beside Vg levels, or no
 * level at all, tell nothing: the kind is undefined, and the caller must ask.
 */
import { schoolLevels, type SchoolKind } from './vocabulary.js';

const barnetrinn = new Set(schoolLevels.barneskole);
const ungdomstrinn = new Set(schoolLevels.ungdomsskole);
const vg = new Set(schoolLevels.vgs);

export function schoolKindOfLevels(levels: Iterable<string>): SchoolKind | undefined {
  let children = false;
  let youth = false;
  let upper = false;
  for (const level of levels) {
    if (barnetrinn.has(level)) children = true;
    else if (ungdomstrinn.has(level)) youth = true;
    else if (vg.has(level)) upper = true;
  }
  if (upper) return children || youth ? undefined : 'vgs';
  if (children && youth) return 'kombinert';
  if (children) return 'barneskole';
  if (youth) return 'ungdomsskole';
  return undefined;
}
