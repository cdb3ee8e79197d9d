import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { usePageOutcome } from '../../components/use-page-outcome';
import { useIkoWorkspace } from './api/use-iko-workspace';
import { ClassesSection } from './components/classes-section';
import { IdentifiedSection } from './components/identified-section';
import { IntakeSection } from './components/intake-section';
import { ReportsSection } from './components/reports-section';

/**
 * The rådgiver's / IKO coordinator's workspace: the teachers' concern reports as they come in,
 * the intake priority list for the start of the year, the students identified so far with their
 * flags, case and plan, and the classes with their klasselærermøte. Every student and class is a link.
 */
export function IkoWorkspacePage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const query = useIkoWorkspace(schoolId);
  const { refusal, title } = usePageOutcome(query, {
    loaded: (w) => t('ikoWorkspace.titleAt', { school: w.school.name }),
    forbidden: t('ikoWorkspace.forbidden.title'),
    notFound: t('schoolOverview.notFound.title'),
    pending: t('ikoWorkspace.title'),
  });
  const workspace = query.data;
  useScrollToSection(workspace !== undefined);
  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {workspace && <Paragraph>{t('ikoWorkspace.intro')}</Paragraph>}
      </div>
      {query.isPending ? (
        <LoadingStatus text={t('ikoWorkspace.loading')} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? t('ikoWorkspace.forbidden.text') : t('schoolOverview.notFound.text')} />
      ) : query.isError || !workspace ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ReportsSection workspace={workspace} />
          <IntakeSection workspace={workspace} />
          <IdentifiedSection workspace={workspace} />
          <ClassesSection workspace={workspace} />
        </>
      )}
    </div>
  );
}

/** Opened at a section (the navigation's klasselærermøte is `#klasselaerermote`): there once it is shown. */
function useScrollToSection(loaded: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [loaded, hash]);
}
