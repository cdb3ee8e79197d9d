import { useMutation } from '@tanstack/react-query';
import type { ImportProgressLine } from '../../../../shared/api';
import { importFiles, importOwnerFiles, type ImportKind, type OwnerImportKind } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export type ImportRequest<K extends ImportKind | OwnerImportKind = ImportKind> = { kind: K; files: File[]; onProgress: (line: ImportProgressLine) => void };

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

/** The owner's imports (administrators): the schools file, a OneRoster set that finds or creates its school. */
export function useImportOwnerFiles() {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ kind, files, onProgress }: ImportRequest<OwnerImportKind>) => importOwnerFiles(kind, files, onProgress),
    onSuccess: (result) => {
      // A school's kind decides what the pages offer there; a set brings students.
      if (result.status === 'imported') void invalidate();
    },
  });
}
