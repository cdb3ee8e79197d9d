import { Alert, Button, Field, Input, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgressLine, ImportResultLine } from '../../../../shared/api';
import { isApiFailure, type ImportKind, type OwnerImportKind } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { useFormat } from '../../../i18n/format';
import type { ImportRequest } from '../api/use-import-files';
import { acceptedFiles, maxImportBytes, takesSeveralFiles } from '../import-kinds';
import { progressBar, shouldAnnounce } from '../import-progress';
import { ImportResult } from './import-result';

type Problem = 'noFile' | 'tooLarge';
type AnyImportKind = ImportKind | OwnerImportKind;
type Finished<K extends AnyImportKind> = { kind: K; result: ImportResultLine };

/** The upload, as the page's hook (useImportFiles, useImportOwnerFiles) gives it. */
export type ImportMutation<K extends AnyImportKind> = Pick<UseMutationResult<ImportResultLine, Error, ImportRequest<K>>, 'mutate' | 'isPending' | 'isError' | 'error'>;

type Props<K extends AnyImportKind> = {
  /** The kinds of file offered, in the order offered; the first is chosen at the start. */
  kinds: readonly K[];
  importing: ImportMutation<K>;
  kindName: (kind: K) => string;
  kindHelp: (kind: K) => string;
  /** What a refusal by the server says (who may import here). */
  forbiddenText: string;
};

/**
 * Choose the kind of file, choose the file, import: progress while the server reads, writes and
 * re-runs the rules, then what changed, or every problem by row and column. Used for a school's
 * files (import-page.tsx) and for the owner's (owner-import-page.tsx).
 */
export function ImportForm<K extends AnyImportKind>({ kinds, importing, kindName, kindHelp, forbiddenText }: Props<K>) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const kindId = `${id}-kind`;
  const fileId = `${id}-file`;
  const orgId = `${id}-org`;
  const fileRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<K>(kinds[0]!);
  const [files, setFiles] = useState<File[]>([]);
  const [org, setOrg] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState<ImportProgressLine | null>(null);
  const [announced, setAnnounced] = useState<ImportProgressLine | null>(null);
  const [finished, setFinished] = useState<Finished<K> | null>(null);
  const failure = isApiFailure(importing.error) ? importing.error : null;
  const several = takesSeveralFiles(kind);

  // The result's heading takes focus, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (finished) resultHeadingRef.current?.focus();
  }, [finished]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (importing.isPending) return;
    const found: Problem | null = files.length === 0 ? 'noFile' : files.reduce((sum, f) => sum + f.size, 0) > maxImportBytes ? 'tooLarge' : null;
    setProblem(found);
    if (found) {
      fileRef.current?.focus();
      return;
    }
    setProgress(null);
    setAnnounced(null);
    setFinished(null);
    // The words in the live region change with the phase, and otherwise every few seconds.
    const said = { line: null as ImportProgressLine | null, at: 0 };
    const onProgress = (line: ImportProgressLine) => {
      setProgress(line);
      const now = performance.now();
      if (shouldAnnounce(said.line, said.at, line, now)) {
        said.line = line;
        said.at = now;
        setAnnounced(line);
      }
    };
    const run = { kind, files, ...(kind === 'oneroster' && org.trim() !== '' ? { org: org.trim() } : {}) };
    importing.mutate({ ...run, onProgress }, { onSuccess: (result) => setFinished({ kind: run.kind, result }) });
  };

  const progressWords = (): string => {
    if (finished) {
      return finished.result.status === 'imported'
        ? t('imports.progress.doneImported')
        : t('imports.progress.doneRejected', { count: finished.result.problemCount ?? finished.result.problems?.length ?? 0 });
    }
    if (!importing.isPending) return '';
    if (!announced) return t('imports.progress.sending');
    const rows = format.number(announced.rowsRead);
    switch (announced.phase) {
      case 'reading':
        return t('imports.progress.reading', { rows, count: announced.rowsRead });
      case 'writing':
        return announced.rowsToWrite === undefined
          ? t('imports.progress.writingSoFar', { written: format.number(announced.rowsWritten) })
          : t('imports.progress.writing', { written: format.number(announced.rowsWritten), total: format.number(announced.rowsToWrite) });
      case 'evaluating':
        return t('imports.progress.evaluating');
    }
  };

  const bar = progressBar(progress, finished !== null);
  const showProgress = importing.isPending || finished !== null;
  const problemText = problem === 'noFile' ? (several ? t('imports.noFiles') : t('imports.noFile')) : problem === 'tooLarge' ? t('imports.tooLarge', { mb: maxImportBytes / 1024 / 1024 }) : null;

  return (
    <div className="stack stack--wide">
      <form onSubmit={onSubmit} noValidate className="stack import-form">
        <Field>
          <Label htmlFor={kindId}>{t('imports.kind')}</Label>
          <Field.Description>{kindHelp(kind)}</Field.Description>
          <Select
            id={kindId}
            width="auto"
            value={kind}
            onChange={(event) => {
              const chosen = kinds.find((k) => k === event.target.value);
              if (!chosen) return;
              setKind(chosen);
              // A new kind starts with no file chosen (the chooser itself is made anew below).
              setFiles([]);
              setProblem(null);
            }}
          >
            {kinds.map((k) => (
              <Select.Option key={k} value={k}>
                {kindName(k)}
              </Select.Option>
            ))}
          </Select>
        </Field>

        <Field>
          <Label htmlFor={fileId}>{several ? t('imports.files') : t('imports.file')}</Label>
          <Field.Description>{several ? t('imports.filesHelp') : t('imports.fileHelp')}</Field.Description>
          <Input
            key={kind}
            ref={fileRef}
            id={fileId}
            type="file"
            name="file"
            accept={acceptedFiles(kind)}
            multiple={several}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => {
              setFiles(Array.from(event.target.files ?? []));
              setProblem(null);
            }}
          />
          {problemText && <ValidationMessage>{problemText}</ValidationMessage>}
        </Field>

        {kind === 'oneroster' && (
          <Field>
            <Label htmlFor={orgId}>{t('imports.org')}</Label>
            <Field.Description>{t('imports.orgHelp')}</Field.Description>
            <Input id={orgId} name="org" value={org} maxLength={255} onChange={(event) => setOrg(event.target.value)} />
          </Field>
        )}

        {importing.isError && (
          <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? (
              <Paragraph>{forbiddenText}</Paragraph>
            ) : failure?.code === 'network' ? (
              <Paragraph>{t('imports.interrupted')}</Paragraph>
            ) : (
              <ApiErrorText error={importing.error} />
            )}
          </Alert>
        )}

        <div>
          <Button type="submit" loading={importing.isPending} aria-disabled={importing.isPending || undefined}>
            {importing.isPending ? t('imports.importing') : t('imports.submit')}
          </Button>
        </div>
      </form>

      <div className={showProgress ? 'stack stack--tight import-progress' : 'visually-hidden'}>
        {showProgress && (
          <progress
            className="import-progress__bar"
            aria-label={t('imports.progress.label')}
            {...(bar.max !== undefined ? { value: bar.value, max: bar.max } : {})}
          />
        )}
        <LiveStatus>{progressWords() && <Paragraph>{progressWords()}</Paragraph>}</LiveStatus>
      </div>

      {finished && <ImportResult result={finished.result} kindName={kindName(finished.kind)} headingRef={resultHeadingRef} />}
    </div>
  );
}
