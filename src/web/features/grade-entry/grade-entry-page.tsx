import { Alert, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { RegistrationResult } from '../../../shared/api';
import { enteredGradeKindsAt } from '../../../domain/school-kind-features';
import { gradeValues, type EnteredGradeKind, type GradeValue } from '../../../domain/vocabulary';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LiveStatus } from '../../components/live-status';
import { LoadingStatus } from '../../components/loading-status';
import { RegistrationResultAlert } from '../../components/registration-result';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { ScrollTable } from '../../components/scroll-table';
import { SubmitButton } from '../../components/submit-button';
import { useDocumentTitle } from '../../components/use-document-title';
import { isIsoDate, todayInNorway } from '../../lib/dates';
import { groupLabel, teachingGroups, type MyGroup } from '../../lib/groups';
import { gradeKindsToEnter } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useMyStudents } from '../my-students/api/use-my-students';
import { useEnterGrades } from './api/use-enter-grades';

/**
 * Midtveisvurdering: the subject teacher gives a teaching group's midterm (or half-year) grades,
 * 1–6 or IV, one select per student. Midterm grades are for finding students who need closer
 * follow-up, not feedback (docs/domain.md, "Core entities"); a grade 1 or IV raises a flag.
 * Only the groups given grades, and only the grades their school gives (src/domain/school-kind-features.ts):
 * none on barnetrinnet, half-year grades on ungdomstrinnet, midterm and half-year in videregående.
 */
export function GradeEntryPage() {
  const { t } = useTranslation();
  const midterm = gradeKindsToEnter(useSession().roles).includes('midtveis');
  useDocumentTitle(midterm ? t('gradeEntry.title') : t('gradeEntry.titleHalfYear'));
  const groupFieldId = useId();
  const [params, setParams] = useSearchParams();
  const myStudents = useMyStudents();
  const groups = teachingGroups(myStudents.data).filter((g) => enteredGradeKindsAt(g.schoolKind, g.level).length > 0);
  const group = groups.find((g) => g.id === params.get('gruppe')) ?? groups[0] ?? null;

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {midterm ? t('gradeEntry.title') : t('gradeEntry.titleHalfYear')}
        </Heading>
        <Paragraph>{midterm ? t('gradeEntry.intro') : t('gradeEntry.introHalfYear')}</Paragraph>
      </div>
      {myStudents.isPending ? (
        <LoadingStatus text={t('registration.loadingGroups')} />
      ) : myStudents.isError ? (
        <ApiErrorAlert error={myStudents.error} onRetry={() => void myStudents.refetch()} />
      ) : !group ? (
        <Paragraph>{t('gradeEntry.noGroups')}</Paragraph>
      ) : (
        <>
          <Field>
            <Label htmlFor={groupFieldId}>{t('registration.group')}</Label>
            <Select
              id={groupFieldId}
              width="auto"
              value={group.id}
              onChange={(event) => setParams(new URLSearchParams({ gruppe: event.target.value }), { replace: true })}
            >
              {groups.map((g) => (
                <Select.Option key={g.id} value={g.id}>
                  {groupLabel(g)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <GradeForm key={group.id} group={group} />
        </>
      )}
    </div>
  );
}

function GradeForm({ group }: { group: MyGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const captionId = `${id}-caption`;
  // The page lists only groups given some grade, so there is a first one.
  const kinds = enteredGradeKindsAt(group.schoolKind, group.level);
  const [kind, setKind] = useState<EnteredGradeKind>(kinds[0]!);
  const [givenOn, setGivenOn] = useState(todayInNorway());
  const [values, setValues] = useState<Record<string, GradeValue | ''>>({});
  const [problem, setProblem] = useState<'date' | 'none' | null>(null);
  const [result, setResult] = useState<RegistrationResult | null>(null);
  const save = useEnterGrades(group.id);
  const nameOf = (studentId: string) => {
    const s = group.students.find((x) => x.id === studentId);
    return s ? t('common.personName', { given: s.givenName, family: s.familyName }) : null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const entries = group.students.flatMap((s) => {
      const value = values[s.id];
      return value ? [{ studentId: s.id, value }] : [];
    });
    if (!isIsoDate(givenOn)) {
      setProblem('date');
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    if (entries.length === 0) {
      setProblem('none');
      return;
    }
    setProblem(null);
    setResult(null);
    save.mutate({ kind, givenOn, entries }, { onSuccess: setResult });
  };

  if (group.students.length === 0) return <Paragraph>{t('myStudents.noStudents')}</Paragraph>;
  const given = Object.values(values).filter(Boolean).length;

  return (
    // Not a named landmark of its own: the table's scroll region carries the caption's name (axe landmark-unique).
    <section className="stack">
      <form onSubmit={onSubmit} noValidate className="stack">
        <div className="choice-row">
          {kinds.length > 1 ? (
            <Fieldset>
              <Fieldset.Legend>{t('gradeEntry.kind')}</Fieldset.Legend>
              {kinds.map((k) => (
                <Radio key={k} name={`${id}-kind`} value={k} label={t(`gradeKind.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
              ))}
            </Fieldset>
          ) : (
            <Paragraph>{t('gradeEntry.kindOnly', { kind: t(`gradeKind.${kind}`) })}</Paragraph>
          )}
          <Textfield
            id={`${id}-date`}
            type="date"
            label={t('gradeEntry.givenOn')}
            value={givenOn}
            onChange={(event) => setGivenOn(event.target.value)}
            error={problem === 'date' ? t('gradeEntry.dateMissing') : undefined}
          />
        </div>
        <ScrollTable captionId={captionId}>
          <Table border zebra>
            <caption id={captionId}>{t('gradeEntry.caption', { group: groupLabel(group) })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('registration.columns.student')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('gradeEntry.grade')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.students.map((student) => {
                const name = t('common.personName', { given: student.givenName, family: student.familyName });
                return (
                  <Table.Row key={student.id}>
                    <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                    <Table.Cell>
                      <Select
                        data-size="sm"
                        width="auto"
                        aria-label={t('gradeEntry.gradeFor', { name })}
                        value={values[student.id] ?? ''}
                        onChange={(event) => setValues((current) => ({ ...current, [student.id]: event.target.value as GradeValue | '' }))}
                      >
                        <Select.Option value="">{t('gradeEntry.notGiven')}</Select.Option>
                        {gradeValues.map((value) => (
                          <Select.Option key={value} value={value}>
                            {value === 'IV' ? t('grades.notAssessable') : value}
                          </Select.Option>
                        ))}
                      </Select>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollTable>
        <Paragraph>{t('gradeEntry.count', { count: given, total: group.students.length })}</Paragraph>
        {problem === 'none' && (
          <Alert data-color="warning" role="alert">
            <Paragraph>{t('gradeEntry.noneGiven')}</Paragraph>
          </Alert>
        )}
        {save.isError && <SaveFailureAlert error={save.error} forbiddenText={t('gradeEntry.forbidden')} />}
        <SubmitButton pending={save.isPending} text={t('gradeEntry.save')} pendingText={t('registration.saving')} />
      </form>
      <LiveStatus>
        {result && (
          <RegistrationResultAlert
            result={result}
            headingLevel={2}
            savedText={t('gradeEntry.saved', { count: result.saved })}
            studentName={nameOf}
          />
        )}
      </LiveStatus>
    </section>
  );
}
