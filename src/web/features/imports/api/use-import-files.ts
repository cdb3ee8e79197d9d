import { useMutation } from '@tanstack/react-query';
import type { ImportProgressLine } from '../../../../shared/api';
import { importFiles, importOwnerFiles, type ImportKind, type OwnerImportKind } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export type ImportRequest<K extends ImportKind | OwnerImportKind = ImportKind> = {
  kind: K;
  files: File[];
  /** OneRoster: the school of a set with several schools (its sourcedId, organisation number or name). */
  org?: string | undefined;
  onProgress: (line: ImportProgressLine) => void;
};

export function useImportFiles(schoolId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ kind, files, org, onProgress }: ImportRequest) => importFiles(schoolId, kind, files, onProgress, org),
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
    mutationFn: ({ kind, files, org, onProgress }: ImportRequest<OwnerImportKind>) => importOwnerFiles(kind, files, onProgress, org),
    onSuccess: (result) => {
      // A school's kind decides what the pages offer there; a set brings students.
      if (result.status === 'imported') void invalidate();
    },
  });
}
