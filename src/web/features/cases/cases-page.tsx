import { Checkbox, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { leadershipSchools } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useCaseList } from './api/use-cases';
import { caseListStatuses } from './case-vocabulary';
import { CasesTable } from './components/cases-table';
import './cases.css';

type StatusFilter = (typeof caseListStatuses)[number];

/**
 * Saker: the cases the person takes part in, and for leadership every case of the school, with a
 * filter for steps whose deadline has passed (docs/domain.md, "Anti-stigma and care": the pitfalls leadership must see).
 */
export function CasesPage() {
  const { t } = useTranslation();
  const session = useSession();
  useDocumentTitle(t('cases.list.title'));
  const schools = leadershipSchools(session.roles);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('cases.list.title')}
        </Heading>
        <Paragraph>{t('cases.list.intro')}</Paragraph>
      </div>
      <CaseListSection scope="mine" />
      {schools.map((school) => (
        <CaseListSection
          key={school.schoolId}
          scope="school"
          schoolId={school.schoolId}
          schoolName={school.schoolName}
          several={schools.length > 1}
        />
      ))}
    </div>
  );
}

function CaseListSection({
  scope,
  schoolId,
  schoolName,
  several = false,
}: {
  scope: 'mine' | 'school';
  schoolId?: string;
  schoolName?: string | null;
  several?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<StatusFilter>('aapen');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const query = useCaseList({ scope, ...(schoolId ? { schoolId } : {}), status, overdueOnly });
  const cases = query.data?.cases ?? [];
  const heading = scope === 'mine' ? t('cases.list.mine') : several && schoolName ? t('cases.list.schoolAt', { school: schoolName }) : t('cases.list.school');
  const overdueCount = cases.filter((c) => c.overdue).length;

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {heading}
      </Heading>
      <Paragraph>{scope === 'mine' ? t('cases.list.mineIntro') : t('cases.list.schoolIntro')}</Paragraph>
      <div className="case-filters">
        <Field>
          <Label htmlFor={`${id}-status`}>{t('cases.list.status')}</Label>
          <Select id={`${id}-status`} width="auto" value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            {caseListStatuses.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`cases.list.statusFilter.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {scope === 'school' && (
          <Checkbox
            id={`${id}-overdue`}
            label={t('cases.list.overdueOnly')}
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
        )}
      </div>
      {query.isPending ? (
        <LoadingStatus text={t('cases.list.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} heading={t('cases.list.failed')} onRetry={() => void query.refetch()} />
      ) : cases.length === 0 ? (
        <Paragraph role="status">{overdueOnly ? t('cases.list.noneOverdue') : t(`cases.list.none.${status}`)}</Paragraph>
      ) : (
        <>
          <Paragraph role="status">
            {t('cases.list.count', { count: cases.length })}
            {status !== 'avsluttet' && overdueCount > 0 && (
              <>
                {' '}
                <strong>{t('cases.list.overdueCount', { count: overdueCount })}</strong>
              </>
            )}
          </Paragraph>
          <CasesTable cases={cases} caption={t('cases.list.caption', { list: heading })} />
        </>
      )}
    </section>
  );
}
