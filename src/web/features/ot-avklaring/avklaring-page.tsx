import { Heading } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { isCaseId } from '../cases/api/use-cases';
import { CaseTasksSection } from '../cases/components/case-tasks-section';
import { HistorySection } from '../cases/components/history-section';
import { useAvklaring } from './api/use-avklaring';
import { AgreementSection } from './components/agreement-section';
import { AvklaringHeader } from './components/avklaring-header';
import { AvklaringStepsSection } from './components/avklaring-steps-section';
import { AvklaringDocumentsSection, AvklaringParticipantsSection } from './components/case-people-section';
import { EndingSection } from './components/ending-section';
import { AvklaringMeetingsSection } from './components/meetings-section';
import { MeetingOutcomeSection } from './components/meeting-outcome-section';
import { OpplysingarSection } from './components/opplysingar-section';
import { PreparationSection } from './components/preparation-section';
import '../cases/cases.css';
import './avklaring.css';

/** Where the checklist's link to "Opplysingar om eleven" leads. */
const opplysingarId = 'opplysingar-om-eleven';

/**
 * One clarification case with Oppfølgingstenesta (ot_avklaring), in the seed's order: the ground
 * and reason; before the meeting (the checklist, "Opplysingar om eleven"); the summons; the form
 * filled in during the meeting; the meeting recorded as held, or the no-show procedure; the signed
 * agreement and where it goes; and how the case ends — closed when the student stays, or the
 * student written out to OT's list. The document title names the page, not the student.
 */
export function AvklaringPage() {
  const { t, i18n } = useTranslation();
  const { caseId } = useParams();
  const query = useAvklaring(caseId);
  const failure = isApiFailure(query.error) ? query.error : null;
  const notFound = !isCaseId(caseId) || failure?.code === 'not_found' || failure?.code === 'validation_failed';
  const forbidden = failure?.code === 'forbidden';
  const eventName = useCallback((kind: string) => (i18n.exists(`otAvklaring.event.${kind}`) ? t(`otAvklaring.event.${kind}`) : null), [t, i18n]);

  useDocumentTitle(notFound ? t('otAvklaring.notFound.title') : forbidden ? t('otAvklaring.forbidden.title') : t('otAvklaring.title'));

  if (notFound || forbidden) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {forbidden ? t('otAvklaring.forbidden.title') : t('otAvklaring.notFound.title')}
        </Heading>
        <Refusal kind={forbidden ? 'forbidden' : 'notFound'} text={forbidden ? t('otAvklaring.forbidden.text') : t('otAvklaring.notFound.text')} />
      </div>
    );
  }
  if (query.isPending || query.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('otAvklaring.title')}
        </Heading>
        {query.isPending ? <LoadingStatus text={t('otAvklaring.loading')} /> : <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }

  const detail = query.data;
  return (
    // Keyed by the case: another case's page starts with fresh forms and messages.
    <div className="stack stack--wide" key={detail.caseId}>
      <AvklaringHeader detail={detail} />
      <AvklaringStepsSection detail={detail} />
      <PreparationSection detail={detail} opplysingarId={opplysingarId} />
      <OpplysingarSection detail={detail} anchorId={opplysingarId} />
      <AvklaringMeetingsSection detail={detail} />
      {/* Keyed by the signature: the draft's news does not outlive the signing. */}
      <AgreementSection detail={detail} key={detail.signedAt ?? 'utkast'} />
      <MeetingOutcomeSection detail={detail} />
      <EndingSection detail={detail} />
      <AvklaringDocumentsSection detail={detail} />
      <AvklaringParticipantsSection detail={detail} />
      <CaseTasksSection detail={detail} />
      <HistorySection detail={detail} eventName={eventName} />
    </div>
  );
}
