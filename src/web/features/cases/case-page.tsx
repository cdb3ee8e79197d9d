import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
// The plans feature owns these two sections (conversations; plans, signing and evaluation).
import { ConversationsSection } from '../plans/components/conversations-section';
import { PlansSection } from '../plans/components/plans-section';
// The clarification case with OT opens from here; it has its own page (src/web/features/ot-avklaring).
import { AvklaringFromCaseSection } from '../ot-avklaring/components/avklaring-from-case-section';
import { isCaseId, useCase } from './api/use-cases';
import { casePaths } from './case-paths';
import { CaseHeader } from './components/case-header';
import { CaseTasksSection } from './components/case-tasks-section';
import { HistorySection } from './components/history-section';
import { HomeContactsSection } from './components/home-contacts-section';
import { MeetingsSection } from './components/meetings-section';
import { NoticeLogSection } from '../notices/components/notice-log-section';
import { ParticipantsSection } from './components/participants-section';
import { ReferralsSection } from './components/referrals-section';
import { StepsSection } from './components/steps-section';
import './cases.css';

/**
 * One case: who and what, its steps and the way on, and what has been done in it — contacts with
 * the home, conversations, plans, meetings, referrals — with the people in it, its tasks and its
 * history. The document title names the page, not the student (names stay out of the browser
 * history of a shared computer). Only the case's participants and the school's leadership see it.
 */
export function CasePage() {
  const { t } = useTranslation();
  const { caseId } = useParams();
  const query = useCase(caseId);
  const failure = isApiFailure(query.error) ? query.error : null;
  const notFound = !isCaseId(caseId) || failure?.code === 'not_found' || failure?.code === 'validation_failed';
  const forbidden = failure?.code === 'forbidden';

  useDocumentTitle(notFound ? t('cases.case.notFound.title') : forbidden ? t('cases.case.forbidden.title') : t('cases.case.title'));

  // A clarification case with OT has its own page: the server names it (409), and the reader goes there.
  if (failure?.code === 'conflict' && isCaseId(caseId)) return <Navigate to={casePaths.avklaring(caseId)} replace />;

  if (notFound || forbidden) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {forbidden ? t('cases.case.forbidden.title') : t('cases.case.notFound.title')}
        </Heading>
        <Refusal kind={forbidden ? 'forbidden' : 'notFound'} text={forbidden ? t('cases.case.forbidden.text') : t('cases.case.notFound.text')} />
      </div>
    );
  }
  if (query.isPending || query.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('cases.case.title')}
        </Heading>
        {query.isPending ? <LoadingStatus text={t('cases.case.loading')} /> : <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const detail = query.data;
  return (
    // Keyed by the case: another case's page starts with fresh forms and messages.
    <div className="stack stack--wide" key={detail.id}>
      <CaseHeader detail={detail} />
      <StepsSection detail={detail} />
      <HomeContactsSection detail={detail} />
      {/* ── Conversations: owned by the plans feature (src/web/features/plans). ── */}
      <ConversationsSection detail={detail} />
      {/* ── Plans, signing and evaluation: owned by the plans feature. ── */}
      <PlansSection detail={detail} />
      <MeetingsSection detail={detail} />
      {/* ── The delivery log: owned by the notices feature (src/web/features/notices). ── */}
      <NoticeLogSection of={{ caseId: detail.id }} version={detail.events.length} />
      <ReferralsSection detail={detail} />
      <AvklaringFromCaseSection detail={detail} />
      <ParticipantsSection detail={detail} />
      <CaseTasksSection detail={detail} />
      <HistorySection detail={detail} />
    </div>
  );
}
