import { Alert, Button, Field, Heading, Input, Label, Paragraph, Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FintSyncProblem, FintSyncReport } from '../../../../shared/fint-api';
import { isApiFailure } from '../../../api/client';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { useFintSync, useFintSyncSchools } from '../api/use-fint-sync';

type Synced = Extract<FintSyncReport, { status: 'synced' }>;

/**
 * "Synkroniser fra FINT" (docs/imports/fint.md): the administrator chooses one of the owner's
 * schools and FINT's number for it, runs the sync, and reads the report — what was added,
 * updated and ended, or the problems in FINT's data by resource and systemId, or FINT's error.
 * The result is announced in a live region and its heading takes focus.
 */
export function FintSyncSection() {
  const { t } = useTranslation();
  const schools = (useFintSyncSchools().data?.schools ?? []).map((s) => [s.id, s.name] as const);
  const [chosen, setSchoolId] = useState('');
  const schoolId = chosen || (schools[0]?.[0] ?? '');
  const [fintSchool, setFintSchool] = useState('');
  const [missing, setMissing] = useState(false);
  const sync = useFintSync();
  const ids = { heading: useId(), school: useId(), fint: useId() };
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sync.isSuccess || sync.isError) resultRef.current?.focus();
  }, [sync.isSuccess, sync.isError]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!fintSchool.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    sync.mutate({ schoolId, fintSchool: fintSchool.trim() });
  };

  return (
    <section className="stack" aria-labelledby={ids.heading}>
      <Heading level={2} data-size="md" id={ids.heading}>
        {t('fintSync.title')}
      </Heading>
      <Paragraph>{t('fintSync.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="stack import-form">
        <Field>
          <Label htmlFor={ids.school}>{t('fintSync.school')}</Label>
          <Select id={ids.school} width="auto" value={schoolId} onChange={(event) => setSchoolId(event.target.value)}>
            {schools.map(([id, name]) => (
              <Select.Option key={id} value={id}>
                {name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={ids.fint}>{t('fintSync.fintSchool')}</Label>
          <Field.Description>{t('fintSync.fintSchoolHelp')}</Field.Description>
          <Input id={ids.fint} name="fintSchool" value={fintSchool} maxLength={100} aria-invalid={missing ? true : undefined} onChange={(event) => setFintSchool(event.target.value)} />
          {missing && <ValidationMessage>{t('fintSync.fintSchoolMissing')}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit" disabled={sync.isPending || !schoolId}>
            {sync.isPending ? t('fintSync.running') : t('fintSync.run')}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="stack">
        {sync.isError && (
          <Alert data-color="danger" className="stack stack--tight">
            <Heading level={3} data-size="xs" ref={resultRef} tabIndex={-1}>
              {t('fintSync.failed')}
            </Heading>
            <Paragraph>{isApiFailure(sync.error) && sync.error.code !== 'internal' && sync.error.code !== 'network' ? sync.error.message : t(`errors.${isApiFailure(sync.error) ? sync.error.code : 'internal'}`)}</Paragraph>
          </Alert>
        )}
        {sync.data?.status === 'synced' && <SyncedReport report={sync.data} schoolName={schools.find(([id]) => id === sync.variables?.schoolId)?.[1] ?? ''} headingRef={resultRef} />}
        {sync.data?.status === 'rejected' && <RejectedReport problems={sync.data.problems} headingRef={resultRef} />}
      </div>
    </section>
  );
}

function SyncedReport({ report, schoolName, headingRef }: { report: Synced; schoolName: string; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const c = report.changes;
  const person = (p: { externalId: string; name: string }) => `${p.name} (${p.externalId})`;
  const membership = (m: { group: string; student: string }) => `${m.group}: ${m.student}`;
  const rows: Array<[string, string[]]> = [
    ['studentsAdded', c.studentsAdded.map(person)],
    ['studentsUpdated', c.studentsUpdated.map(person)],
    ['studentsGone', c.studentsGone.map(person)],
    ['membershipsAdded', c.membershipsAdded.map(membership)],
    ['membershipsUpdated', c.membershipsUpdated.map(membership)],
    ['membershipsEnded', c.membershipsEnded.map((m) => `${membership(m)} (${m.endsOn})`)],
    ['groupsAdded', c.groupsAdded],
    ['staffAdded', c.staffAdded.map(person)],
  ];
  return (
    <div className="stack">
      <Alert data-color="success" className="stack stack--tight">
        <Heading level={3} data-size="sm" ref={headingRef} tabIndex={-1}>
          {t('fintSync.synced', { school: schoolName, fintSchool: report.school.name ?? report.school.systemId, year: report.schoolYear.name })}
        </Heading>
        <Paragraph>{t('fintSync.summary', { students: format.number(c.studentsAdded.length), memberships: format.number(c.membershipsAdded.length), ended: format.number(c.membershipsEnded.length) })}</Paragraph>
      </Alert>
      <ScrollTable captionId={captionId}>
        <Table border zebra>
          <caption id={captionId}>{t('fintSync.changesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('fintSync.columns.change')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('fintSync.columns.count')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('fintSync.columns.which')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(([key, items]) => (
              <Table.Row key={key}>
                <Table.HeaderCell scope="row">{t(`fintSync.change.${key}`)}</Table.HeaderCell>
                <Table.Cell className="num">{format.number(items.length)}</Table.Cell>
                <Table.Cell>{items.length > 50 ? t('fintSync.andMore', { list: items.slice(0, 50).join(', '), count: items.length - 50 }) : items.join(', ')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}

function RejectedReport({ problems, headingRef }: { problems: FintSyncProblem[]; headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const captionId = useId();
  const text = (p: FintSyncProblem) => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(p.params)) {
      values[name] = Array.isArray(value) ? value.join(', ') : value === null ? '–' : typeof value === 'object' ? ('oneOf' in value ? value.oneOf.join(', ') : value.word) : String(value);
    }
    return t(`fintProblem.${p.text}`, { ...values, interpolation: { escapeValue: false } });
  };
  return (
    <div className="stack">
      <Alert data-color="danger" className="stack stack--tight">
        <Heading level={3} data-size="sm" ref={headingRef} tabIndex={-1}>
          {t('fintSync.rejected', { count: problems.length })}
        </Heading>
        <Paragraph>{t('fintSync.nothingStored')}</Paragraph>
      </Alert>
      <ScrollTable captionId={captionId}>
        <Table border zebra>
          <caption id={captionId}>{t('fintSync.problemsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('fintSync.columns.resource')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('fintSync.columns.id')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('fintSync.columns.problem')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {problems.map((p, index) => (
              <Table.Row key={index}>
                <Table.Cell>
                  {p.resource}
                  {p.field ? ` (${p.field})` : ''}
                </Table.Cell>
                <Table.Cell>{p.id ?? '–'}</Table.Cell>
                <Table.Cell>{text(p)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}
