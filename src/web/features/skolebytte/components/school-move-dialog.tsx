import { Alert, Button, Dialog, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolMovePreview } from '../../../../shared/skolebytte-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DateField } from '../../../components/date-field';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { useMoveStudent, useSchoolMovePreview } from '../api/use-skolebytte';
import { draftProblems, emptyDraft, moveBody, serverProblems, withSchool, type MoveDraft, type MoveProblem } from '../school-move-form';

/**
 * "Flytt til en annen skole": the school, the day, and for each open case a choice — handed over to
 * a person at the new school, or closed with a note. A modal dialog: Escape or the close button
 * cancel, and the caller puts focus back. What the dialog asks comes fresh from the server each
 * time it opens; after the move the student page gives way to where the student went.
 */
export function SchoolMoveDialog({ studentId, studentName, today, open, onCancel }: { studentId: string; studentName: string; today: string; open: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog open={open} onClose={onCancel} closeButton={t('skolebytte.dialog.dismiss')} aria-labelledby={`${id}-heading`} className="school-move-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('skolebytte.dialog.heading', { name: studentName })}
        </Heading>
      </Dialog.Block>
      {/* Made anew each time the dialog opens: a fresh question and a fresh form. */}
      <Dialog.Block>{open && <SchoolMoveLoader studentId={studentId} today={today} onCancel={onCancel} />}</Dialog.Block>
    </Dialog>
  );
}

function SchoolMoveLoader({ studentId, today, onCancel }: { studentId: string; today: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const preview = useSchoolMovePreview(studentId, true);
  if (preview.isPending) return <LoadingStatus text={t('skolebytte.dialog.loading')} />;
  if (preview.isError) {
    return (
      <div className="stack">
        <ApiErrorAlert error={preview.error} heading={t('skolebytte.dialog.failed')} onRetry={() => void preview.refetch()} />
        <div>
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  if (preview.data.schools.length === 0) {
    return (
      <div className="stack">
        <Paragraph>{t('skolebytte.dialog.noSchools')}</Paragraph>
        <div>
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  }
  return <SchoolMoveForm studentId={studentId} preview={preview.data} today={today} onCancel={onCancel} />;
}

type Problem = { problem: MoveProblem } | { message: string };

function SchoolMoveForm({ studentId, preview, today, onCancel }: { studentId: string; preview: SchoolMovePreview; today: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const move = useMoveStudent(studentId);
  const [draft, setDraft] = useState<MoveDraft>(() => emptyDraft(preview, today < preview.movedOn.earliest ? preview.movedOn.earliest : today));
  const [ownProblems, setOwnProblems] = useState<ReturnType<typeof draftProblems>>([]);
  // Each field's element, by the field's name as the server gives it: where focus goes to a problem.
  const elementId = (field: string) => `${id}-${field.replace(/\./g, '-')}`;
  const focusField = (field: string) => document.getElementById(elementId(field))?.focus();
  const school = preview.schools.find((s) => s.id === draft.toSchoolId);

  useEffect(() => {
    // The dialog has just opened: to the first field.
    const frame = requestAnimationFrame(() => document.getElementById(`${id}-toSchoolId`)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [id]);

  const fromServer = isApiFailure(move.error) ? serverProblems(move.error.details) : [];
  const problemsAt = (field: string): Problem[] => [...ownProblems.filter((p) => p.field === field), ...fromServer.filter((p) => p.field === field)];
  const say = (p: Problem) => ('problem' in p ? t(`skolebytte.problem.${p.problem}`) : p.message);
  const errorAt = (field: string) => {
    const texts = [...new Set(problemsAt(field).map(say))];
    return texts.length > 0 ? texts.join(' ') : undefined;
  };
  const caseFields = draft.cases.flatMap((_c, i) => [`cases.${i}.caseId`, `cases.${i}.handling`, `cases.${i}.responsibleStaffId`, `cases.${i}.note`]);
  const placed = new Set(['toSchoolId', 'movedOn', 'note', ...caseFields]);
  const unplaced = fromServer.filter((p) => !placed.has(p.field));

  const setCase = (index: number, change: Partial<MoveDraft['cases'][number]>) =>
    setDraft((d) => ({ ...d, cases: d.cases.map((c, i) => (i === index ? { ...c, ...change } : c)) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (move.isPending) return;
    const found = draftProblems(draft, preview.movedOn);
    setOwnProblems(found);
    if (found.length > 0) {
      // A fieldset of radios is reached by its first radio (its id is the fieldset's).
      focusField(found[0]!.field);
      return;
    }
    move.mutate(moveBody(draft));
  };

  const caseName = (c: SchoolMovePreview['openCases'][number]) => t(`caseKind.${c.kind}`);

  return (
    <form onSubmit={onSubmit} noValidate className="stack school-move-form">
      <Paragraph>{t('skolebytte.dialog.intro')}</Paragraph>
      <Alert data-color="info">
        <Paragraph>{t('skolebytte.dialog.readAccess', { months: preview.formerReadMonths })}</Paragraph>
      </Alert>

      <Field>
        <Label htmlFor={elementId('toSchoolId')}>{t('skolebytte.dialog.school')}</Label>
        <Select
          id={elementId('toSchoolId')}
          value={draft.toSchoolId}
          aria-invalid={errorAt('toSchoolId') ? true : undefined}
          aria-describedby={errorAt('toSchoolId') ? `${id}-school-error` : undefined}
          onChange={(event) => setDraft((d) => withSchool(d, event.target.value))}
        >
          <Select.Option value="">{t('skolebytte.dialog.chooseSchool')}</Select.Option>
          {preview.schools.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {t('skolebytte.dialog.schoolOption', { name: s.name, kind: t(`imports.schoolKind.${s.kind}`) })}
            </Select.Option>
          ))}
        </Select>
        {errorAt('toSchoolId') && <ValidationMessage id={`${id}-school-error`}>{errorAt('toSchoolId')}</ValidationMessage>}
      </Field>

      <DateField
        id={elementId('movedOn')}
        label={t('skolebytte.dialog.movedOn')}
        description={t('skolebytte.dialog.movedOnHelp', { earliest: format.date(preview.movedOn.earliest), latest: format.date(preview.movedOn.latest) })}
        required
        value={draft.movedOn}
        onChange={(movedOn) => setDraft((d) => ({ ...d, movedOn }))}
        error={errorAt('movedOn')}
      />

      {preview.openCases.length === 0 ? (
        <Paragraph>{t('skolebytte.dialog.noCases')}</Paragraph>
      ) : (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {t('skolebytte.dialog.casesHeading')}
          </Heading>
          {preview.openCases.map((c, i) => {
            const choice = draft.cases[i]!;
            const radioError = errorAt(`cases.${i}.handling`) ?? errorAt(`cases.${i}.caseId`);
            return (
              <Fieldset key={c.id} className="school-move-case">
                <Fieldset.Legend>{t('skolebytte.dialog.caseLegend', { kind: caseName(c), step: t(`caseStep.${c.step}`, { defaultValue: c.step }) })}</Fieldset.Legend>
                <Fieldset.Description>
                  {t('skolebytte.dialog.caseDescription', { name: c.responsible.name, opened: format.dateTime(c.openedAt) })}
                </Fieldset.Description>
                <Radio
                  id={elementId(`cases.${i}.handling`)}
                  name={`${id}-case-${i}`}
                  value="overta"
                  label={t('skolebytte.dialog.handOver')}
                  description={t('skolebytte.dialog.handOverHelp')}
                  checked={choice.handling === 'overta'}
                  onChange={() => setCase(i, { handling: 'overta' })}
                  aria-invalid={radioError ? true : undefined}
                />
                <Radio
                  name={`${id}-case-${i}`}
                  value="avslutt"
                  label={t('skolebytte.dialog.close')}
                  description={t('skolebytte.dialog.closeHelp')}
                  checked={choice.handling === 'avslutt'}
                  onChange={() => setCase(i, { handling: 'avslutt' })}
                  aria-invalid={radioError ? true : undefined}
                />
                {radioError && <ValidationMessage>{radioError}</ValidationMessage>}
                {choice.handling === 'overta' && (
                  <Field>
                    <Label htmlFor={elementId(`cases.${i}.responsibleStaffId`)}>{t('skolebytte.dialog.responsible')}</Label>
                    {!school && <Paragraph data-size="sm">{t('skolebytte.dialog.chooseSchoolFirst')}</Paragraph>}
                    <Select
                      id={elementId(`cases.${i}.responsibleStaffId`)}
                      value={choice.responsibleStaffId}
                      disabled={!school}
                      aria-invalid={errorAt(`cases.${i}.responsibleStaffId`) ? true : undefined}
                      aria-describedby={errorAt(`cases.${i}.responsibleStaffId`) ? `${id}-responsible-${i}-error` : undefined}
                      onChange={(event) => setCase(i, { responsibleStaffId: event.target.value })}
                    >
                      <Select.Option value="">{t('skolebytte.dialog.chooseResponsible')}</Select.Option>
                      {(school?.candidates ?? []).map((p) => (
                        <Select.Option key={p.staffId} value={p.staffId}>
                          {t('skolebytte.dialog.candidate', { name: p.name, roles: format.list(p.roles.map((r) => t(`role.${r}`))) })}
                        </Select.Option>
                      ))}
                    </Select>
                    {errorAt(`cases.${i}.responsibleStaffId`) && (
                      <ValidationMessage id={`${id}-responsible-${i}-error`}>{errorAt(`cases.${i}.responsibleStaffId`)}</ValidationMessage>
                    )}
                  </Field>
                )}
                {choice.handling === 'avslutt' && (
                  <Textfield
                    id={elementId(`cases.${i}.note`)}
                    multiline
                    rows={3}
                    label={t('skolebytte.dialog.closeNote')}
                    description={t('skolebytte.dialog.closeNoteHelp')}
                    required
                    maxLength={2000}
                    value={choice.note}
                    onChange={(event) => setCase(i, { note: event.target.value })}
                    error={errorAt(`cases.${i}.note`)}
                  />
                )}
              </Fieldset>
            );
          })}
        </div>
      )}

      <Textfield
        id={`${id}-note`}
        multiline
        rows={2}
        label={t('skolebytte.dialog.note')}
        description={t('skolebytte.dialog.noteHelp')}
        maxLength={2000}
        value={draft.note}
        onChange={(event) => setDraft((d) => ({ ...d, note: event.target.value }))}
        error={errorAt('note')}
      />

      <div>
        <Heading level={3} data-size="xs">
          {t('skolebytte.dialog.alsoHeading')}
        </Heading>
        <ul>
          <li>{t('skolebytte.dialog.alsoMemberships')}</li>
          <li>{t('skolebytte.dialog.alsoTasks', { count: preview.openTasks.length })}</li>
          {preview.openFlags > 0 && <li>{t('skolebytte.dialog.alsoFlags', { count: preview.openFlags })}</li>}
          {preview.closerFollowUp && <li>{t('skolebytte.dialog.alsoMark')}</li>}
        </ul>
      </div>

      {move.error !== null && (
        <Alert data-color={isApiFailure(move.error) && move.error.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
          <Paragraph>
            {isApiFailure(move.error) && move.error.code === 'forbidden'
              ? t('skolebytte.dialog.forbidden')
              : fromServer.length > unplaced.length
                ? t('skolebytte.dialog.seeFields')
                : t(`errors.${isApiFailure(move.error) ? move.error.code : 'internal'}`)}
          </Paragraph>
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((p) => (
                <li key={`${p.field}:${say(p)}`}>{say(p)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" data-color="danger" loading={move.isPending} aria-disabled={move.isPending || undefined}>
          {move.isPending ? t('skolebytte.dialog.moving') : t('skolebytte.dialog.submit')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
