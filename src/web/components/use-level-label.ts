import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readLevel } from '../../domain/school-kind-features';
import type { SchoolKind } from '../../domain/vocabulary';

/**
 * A class's level in the words of its school: "8. trinn" in a grunnskole, "Vg1" in videregående
 * (src/domain/school-kind-features.ts reads it); a level it cannot read is shown as written.
 */
export function levelLabel(t: TFunction, kind: SchoolKind, level: string): string {
  const read = readLevel(kind, level);
  if (!read) return level;
  return read.word === 'vg' ? t('schoolLevel.vg', { vg: read.vg }) : t('schoolLevel.trinn', { trinn: read.trinn });
}

export function useLevelLabel(): (kind: SchoolKind, level: string) => string {
  const { t } = useTranslation();
  return useCallback((kind: SchoolKind, level: string) => levelLabel(t, kind, level), [t]);
}
