import { Alert, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { teacherReportKinds, type TeacherReportKind } from '../../../domain/vocabulary';
import type { StudentDetail } from '../../../shared/api';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { SubmitButton } from '../../components/submit-button';
import { usePageOutcome } from '../../components/use-page-outcome';
import { paths } from '../../lib/home-path';
import { useFileReport, useReportedStudent } from './api/use-concern-report';

/**
 * A teacher's concern report (melding) about a student they teach: what the concern is (the IKO
 * model's kinds), in which subject, and what the teacher has seen. It reaches the school's IKO
 * coordinator (rådgiver) at once — the IKO model's "fortløpende identifisering" — and the
 * identification rules mark the student for a mapping conversation.
 */
export function ConcernReportPage() {
  const { t } = useTranslation();
  const { studentId } = useParams();
  const query = useReportedStudent(studentId);
  const { refusal, title } = usePageOutcome(query, {
    loaded: (s) => t('concernReport.titleFor', { name: t('common.personName', { given: s.givenName, family: s.familyName }) }),
    forbidden: t('concernReport.forbidden.title'),
    notFound: t('concernReport.notFound.title'),
    pending: t('concernReport.title'),
  });
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('concernReport.loading')} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? t('concernReport.forbidden.text') : t('concernReport.notFound.text')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ConcernReportForm student={query.data} />
      )}
    </div>
  );
}

function ConcernReportForm({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const [search] = useSearchParams();
  const file = useFileReport(student.id);
  const [kind, setKind] = useState<TeacherReportKind | null>(null);
  const [subject, setSubject] = useState(search.get('fag') ?? '');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const kindMissing = tried && kind === null;
  const textMissing = tried && text.trim() === '';
  const name = t('common.personName', { given: student.givenName, family: student.familyName });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (kind === null) {
      document.getElementById(`${id}-kind-${teacherReportKinds[0]}`)?.focus();
      return;
    }
    if (text.trim() === '') {
      textRef.current?.focus();
      return;
    }
    if (file.isPending) return;
    file.mutate({ kind, subject: subject.trim() || undefined, text: text.trim() });
  };

  if (file.isSuccess) {
    const coordinators = file.data.coordinators;
    return (
      <div className="stack">
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {t('concernReport.sent.heading')}
          </Heading>
          <Paragraph>
            {coordinators.length > 0 ? t('concernReport.sent.toCoordinators', { names: coordinators.join(', '), name }) : t('concernReport.sent.toSchool', { name })}
          </Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to={paths.student(student.id)}>{t('concernReport.backToStudent', { name })}</AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to={paths.myStudents}>{t('nav.myStudents')}</AppLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Paragraph>{t('concernReport.intro', { name })}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('concernReport.kindLegend')}</Fieldset.Legend>
        {teacherReportKinds.map((value) => (
          <Radio
            key={value}
            id={`${id}-kind-${value}`}
            name={`${id}-kind`}
            value={value}
            label={t(`concernReport.kind.${value}`)}
            description={t(`concernReport.kindHelp.${value}`)}
            checked={kind === value}
            onChange={() => setKind(value)}
          />
        ))}
        {kindMissing && <ValidationMessage>{t('concernReport.kindMissing')}</ValidationMessage>}
      </Fieldset>
      <Textfield id={`${id}-subject`} label={t('concernReport.subject')} description={t('concernReport.subjectHelp')} maxLength={100} value={subject} onChange={(e) => setSubject(e.target.value)} />
      <Textfield
        ref={textRef}
        id={`${id}-text`}
        multiline
        rows={5}
        required
        label={t('concernReport.text')}
        description={t('concernReport.textHelp')}
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={textMissing ? t('concernReport.textMissing') : undefined}
      />
      <SubmitButton pending={file.isPending} text={t('concernReport.submit')} pendingText={t('concernReport.pending')} />
      {file.isError && <SaveFailureAlert error={file.error} forbiddenText={t('concernReport.forbidden.text')} />}
      <Paragraph>
        <AppLink to={paths.student(student.id)}>{t('concernReport.backToStudent', { name })}</AppLink>
      </Paragraph>
    </form>
  );
}
