import { useMutation } from '@tanstack/react-query';
import type { ImportProgressLine } from '../../../../shared/api';
import { importFiles, type ImportKind } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export type ImportRequest = { kind: ImportKind; files: File[]; onProgress: (line: ImportProgressLine) => void };

export function useImportFiles(schoolId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ kind, files, onProgress }: ImportRequest) => importFiles(schoolId, kind, files, onProgress),
    onSuccess: (result) => {
      // An imported file changes students, absence and flags everywhere; a rejected one nothing.
      if (result.status === 'imported') void invalidate();
    },
  });
}
