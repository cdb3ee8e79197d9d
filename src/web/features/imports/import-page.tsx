import { Alert, Button, Field, Heading, Input, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ImportProgressLine, ImportResultLine } from '../../../shared/api';
import { importKinds } from '../../../domain/vocabulary';
import { isApiFailure, type ImportKind } from '../../api/client';
import { ApiErrorText } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LiveStatus } from '../../components/live-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { canImport, leadershipSchools, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useImportFiles } from './api/use-import-files';
import { ImportResult } from './components/import-result';
import { acceptedFiles, isImportKind, maxImportBytes, takesSeveralFiles } from './import-kinds';
import { progressBar, shouldAnnounce } from './import-progress';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Import of files from the school's administrative system, for the school's leadership and for
 * administrators: choose the kind of file, choose the file, import. Progress is shown while the
 * server reads, writes and re-runs the rules; then what changed, or — for a file with errors,
 * which changes nothing — every problem by row and column.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const session = useSession();
  const validId = uuid.test(schoolId);
  const allowed = validId && canImport(session.roles, schoolId);
  const leads = leadershipSchools(session.roles).find((s) => s.schoolId === schoolId);
  const schoolName = leads?.schoolName ?? null;

  const title = !validId
    ? t('schoolOverview.notFound.title')
    : !allowed
      ? t('imports.forbidden.title')
      : schoolName
        ? t('imports.titleAt', { school: schoolName })
        : t('imports.title');
  useDocumentTitle(title);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {allowed && (
          <>
            <Paragraph>{t('imports.intro')}</Paragraph>
            <Paragraph>{t('imports.order')}</Paragraph>
            {leads && (
              <Paragraph>
                <AppLink to={paths.schoolOverview(schoolId)}>{t('monthlyCheck.backToOverview')}</AppLink>
              </Paragraph>
            )}
          </>
        )}
      </div>
      {!validId ? (
        <Refusal kind="notFound" text={t('schoolOverview.notFound.text')} />
      ) : !allowed ? (
        <Refusal kind="forbidden" text={t('imports.forbidden.text')} />
      ) : (
        <ImportForm schoolId={schoolId} />
      )}
    </div>
  );
}

type Problem = 'noFile' | 'tooLarge';
type Finished = { kind: ImportKind; result: ImportResultLine };

function ImportForm({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const kindId = `${id}-kind`;
  const fileId = `${id}-file`;
  const fileRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<ImportKind>('students');
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState<ImportProgressLine | null>(null);
  const [announced, setAnnounced] = useState<ImportProgressLine | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const importing = useImportFiles(schoolId);
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
    const run = { kind, files };
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
          <Field.Description>{t(`imports.kindHelp.${kind}`)}</Field.Description>
          <Select
            id={kindId}
            width="auto"
            value={kind}
            onChange={(event) => {
              if (!isImportKind(event.target.value)) return;
              setKind(event.target.value);
              // A new kind starts with no file chosen (the chooser itself is made anew below).
              setFiles([]);
              setProblem(null);
            }}
          >
            {importKinds.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`imports.kindName.${k}`)}
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

        {importing.isError && (
          <Alert data-color={failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? (
              <Paragraph>{t('imports.forbidden.text')}</Paragraph>
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

      {finished && <ImportResult result={finished.result} kindName={t(`imports.kindName.${finished.kind}`)} headingRef={resultHeadingRef} />}
    </div>
  );
}
