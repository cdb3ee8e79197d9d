import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useStudentCases } from '../api/use-cases';
import { CasesTable } from './cases-table';
import { OpenAvklaringButton } from '../../ot-avklaring/components/open-avklaring-button';
import { OpenCaseForm } from './open-case-form';
import '../cases.css';

/**
 * Saker on the student page: the student's cases that the reader may see, each a link to the
 * case, and "Opprett sak" and "Avklaringssamtale med OT" for those with full access to the student
 * (the server decides who may).
 */
export function StudentCasesSection({ student, studentName }: { student: StudentDetail; studentName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const query = useStudentCases(student.id);
  const [opening, setOpening] = useState(false);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const failure = isApiFailure(query.error) ? query.error : null;
  const cases = [...(query.data?.cases ?? [])].sort((a, b) => (a.status === b.status ? b.openedAt.localeCompare(a.openedAt) : a.status === 'aapen' ? -1 : 1));
  const mayOpen = student.access === 'full';

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('cases.student.heading')}
      </Heading>
      {failure?.code === 'forbidden' ? (
        <Paragraph>{t('cases.student.forbidden')}</Paragraph>
      ) : query.isPending ? (
        <LoadingStatus text={t('cases.student.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} heading={t('cases.student.failed')} onRetry={() => void query.refetch()} />
      ) : cases.length === 0 ? (
        <Paragraph>{t('cases.student.none')}</Paragraph>
      ) : (
        <CasesTable cases={cases} caption={t('cases.student.caption', { name: studentName })} withStudent={false} />
      )}
      {mayOpen &&
        (opening ? (
          <OpenCaseForm
            student={student}
            onCancel={() => {
              setOpening(false);
              requestAnimationFrame(() => openButtonRef.current?.focus());
            }}
          />
        ) : (
          <div>
            <Button ref={openButtonRef} variant="secondary" onClick={() => setOpening(true)}>
              {t('cases.student.open')}
            </Button>
          </div>
        ))}
      {mayOpen && <OpenAvklaringButton studentId={student.id} />}
    </section>
  );
}
