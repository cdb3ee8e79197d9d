/** The school's measure list with how often each measure was followed by improvement (src/shared/measure-effect-api.ts). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeasureEffectsView } from '../../../../shared/measure-effect-api';
import { pathSegment, request } from '../../../api/client';
import { toLanguage, type Language } from '../../../i18n/languages';

export function getMeasureEffects(schoolId: string, language: Language): Promise<MeasureEffectsView> {
  return request<MeasureEffectsView>('GET', `/api/schools/${pathSegment(schoolId)}/measure-effects?language=${language}`);
}

/** The measures' titles come in the reader's language. */
export function useMeasureEffects(schoolId: string | undefined) {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useQuery({
    queryKey: ['schools', schoolId, 'measure-effects', language],
    queryFn: () => getMeasureEffects(schoolId!, language),
    enabled: !!schoolId,
  });
}
