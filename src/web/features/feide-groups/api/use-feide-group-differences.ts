import { useQuery } from '@tanstack/react-query';
import type { FeideGroupDifferencesView } from '../../../../shared/feide-api';
import { request } from '../../../api/client';

/** The staff whose groups in Feide, read at their latest Feide sign-in, differ from Varde's (administrators). */
export function useFeideGroupDifferences() {
  return useQuery({ queryKey: ['owner', 'feide-groups'], queryFn: () => request<FeideGroupDifferencesView>('GET', '/api/owner/feide-groups') });
}
