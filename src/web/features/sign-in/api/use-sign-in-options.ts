import { useQuery } from '@tanstack/react-query';
import type { SignInOptions } from '../../../../shared/sign-in-api';
import { request } from '../../../api/client';

/** Which ways in the server offers (public: asked before anyone signs in). */
export function useSignInOptions() {
  return useQuery({
    queryKey: ['sign-in', 'options'],
    queryFn: () => request<SignInOptions>('GET', '/api/sign-in/options'),
    staleTime: Infinity,
    retry: false,
  });
}
