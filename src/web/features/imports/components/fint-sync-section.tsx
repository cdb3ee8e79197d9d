import { Alert, Button, Field, Heading, Input, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiFailure } from '../../../api/client';
import { useFintSync, useFintSyncSchools } from '../api/use-fint-sync';
import { FintSyncReportView } from './fint-sync-report';
import { FintSyncRunsSection } from './fint-sync-runs';
import { FintSyncScheduleSection } from './fint-sync-schedule';

/**
 * "Synkroniser fra FINT" (docs/imports/fint.md): the administrator chooses one of the owner's
 * schools and FINT's number for it, runs the sync, and reads the report — what was added,
 * updated and ended, or the problems in FINT's data by resource and systemId, or FINT's error.
 * The result is announced in a live region and its heading takes focus. Below, the chosen
 * school's daily sync (fint-sync-schedule.tsx) and its kept runs (fint-sync-runs.tsx).
 */
export function FintSyncSection() {
  const { t } = useTranslation();
  const schools = (useFintSyncSchools().data?.schools ?? []).map((s) => [s.id, s.name] as const);
  const [chosen, setSchoolId] = useState('');
  const schoolId = chosen || (schools[0]?.[0] ?? '');
  const schoolName = schools.find(([id]) => id === schoolId)?.[1] ?? '';
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
      <form onSubmit={onSubmit} noValidate className="stack import-form" aria-labelledby={ids.heading}>
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
        {sync.data && <FintSyncReportView report={sync.data} schoolName={schools.find(([id]) => id === sync.variables?.schoolId)?.[1] ?? ''} level={3} headingRef={resultRef} />}
      </div>
      {schoolId && <FintSyncScheduleSection schoolId={schoolId} schoolName={schoolName} fintSchoolFromSync={fintSchool.trim()} />}
      {schoolId && <FintSyncRunsSection key={schoolId} schoolId={schoolId} schoolName={schoolName} />}
    </section>
  );
}
