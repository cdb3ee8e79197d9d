import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import type { YouthDetail } from './api/ot-client';
import { isYouthId, useYouth } from './api/use-ot';
import { AdvisorForm } from './components/advisor-form';
import { AgreementSection } from './components/agreement-section';
import { HistorySection } from './components/history-section';
import { StatusText } from './components/ot-labels';
import { OtSection, PageNews, useSectionForms } from './components/ot-section';
import { PlanSection } from './components/plan-section';
import { RecordSection } from './components/record-section';
import { otPaths } from './ot-paths';
import './ot.css';

/**
 * One youth in OT's follow-up: the facts, what to record (contact, status, activity, the written
 * information, a note) and the follow-up plan, the agreement from the school's clarification
 * meeting, the guardians while the youth is a minor, and the history. A youth past the age limit
 * is in the archive and read-only. The document title names the page, not the youth (names stay
 * out of the browser history of a shared computer).
 */
export function YouthPage() {
  const { t } = useTranslation();
  const { youthId } = useParams();
  const query = useYouth(youthId);
  const failure = isApiFailure(query.error) ? query.error : null;
  const notFound = !isYouthId(youthId) || failure?.code === 'not_found' || failure?.code === 'validation_failed';
  const forbidden = failure?.code === 'forbidden';
  useDocumentTitle(notFound ? t('ot.youth.notFound') : forbidden ? t('ot.youth.forbidden') : t('ot.youth.title'));

  if (notFound || forbidden) {
    return (
      <div className="stack ot-page">
        <Heading level={1} data-size="lg">
          {forbidden ? t('ot.youth.forbidden') : t('ot.youth.notFound')}
        </Heading>
        <Refusal kind={forbidden ? 'forbidden' : 'notFound'} text={forbidden ? t('ot.youth.forbiddenText') : t('ot.youth.notFoundText')} />
      </div>
    );
  }
  if (query.isPending || query.isError) {
    return (
      <div className="stack ot-page">
        <Heading level={1} data-size="lg">
          {t('ot.youth.title')}
        </Heading>
        {query.isPending ? <LoadingStatus text={t('ot.youth.loading')} /> : <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      </div>
    );
  }
  // Keyed by the youth: another youth's page starts with fresh forms and news.
  return (
    <PageNews key={query.data.id}>
      <YouthView youth={query.data} />
    </PageNews>
  );
}

function YouthView({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const archived = !youth.mayWrite;
  return (
    <div className="stack stack--wide ot-page">
      <div className="stack">
        <Paragraph>
          <AppLink to={archived ? otPaths.archive : otPaths.list}>{archived ? t('ot.youth.backToArchive') : t('ot.youth.backToList')}</AppLink>
        </Paragraph>
        <div>
          <Paragraph data-size="sm" className="muted">
            {t('ot.youth.title')}
          </Paragraph>
          <Heading level={1} data-size="lg">
            {youth.student.name}
          </Heading>
        </div>
        {archived && youth.rightEndsOn !== null && (
          <Alert data-color="info">
            <Paragraph>{t('ot.youth.archived', { date: format.date(youth.rightEndsOn) })}</Paragraph>
          </Alert>
        )}
        {!archived && youth.guardiansToInform && (
          // The way to record it is the first-choice button under "Registrer oppfølging".
          <Alert data-color="warning">
            <Paragraph>{t('ot.guardiansToInform.text')}</Paragraph>
          </Alert>
        )}
      </div>
      <FactsSection youth={youth} />
      {!archived && <RecordSection youth={youth} />}
      <PlanSection youth={youth} />
      <AgreementSection youth={youth} />
      {youth.guardians.length > 0 && <GuardiansSection youth={youth} />}
      <HistorySection youth={youth} />
    </div>
  );
}

function FactsSection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const section = useSectionForms<'advisor'>('facts');
  return (
    <OtSection headingRef={section.headingRef} heading={t('ot.youth.facts')} news={section.news}>
      <dl className="ot-facts">
        <div>
          <dt>{t('ot.youth.born')}</dt>
          <dd>
            {youth.student.birthDate === null ? <strong>{t('ot.youth.bornMissing')}</strong> : t('ot.youth.bornValue', { date: format.date(youth.student.birthDate), age: youth.student.age })}
          </dd>
        </div>
        <div>
          <dt>{t('ot.columns.school')}</dt>
          <dd>{youth.originSchool.name}</dd>
        </div>
        <div>
          <dt>{t('ot.youth.left')}</dt>
          <dd>{t('ot.youth.leftValue', { date: format.date(youth.leftOn), reason: t(`ot.leaveReason.${youth.leaveReason}`) })}</dd>
        </div>
        <div>
          <dt>{t('ot.columns.status')}</dt>
          <dd>
            <StatusText code={youth.status} /> <span className="muted">{t('ot.youth.since', { date: format.date(youth.statusSince) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('ot.columns.lastContact')}</dt>
          <dd>{youth.lastContactOn ? format.date(youth.lastContactOn) : t('ot.noContactYet')}</dd>
        </div>
        <div>
          <dt>{t('ot.columns.rightEndsOn')}</dt>
          <dd>{youth.rightEndsOn === null ? t('ot.youth.rightEndsOnMissing') : format.date(youth.rightEndsOn)}</dd>
        </div>
        <div>
          <dt>{t('ot.columns.advisor')}</dt>
          <dd>{youth.advisor?.name ?? t('ot.noAdvisor')}</dd>
        </div>
      </dl>
      {youth.mayWrite &&
        (section.open === 'advisor' ? (
          <AdvisorForm youth={youth} onCancel={section.cancel} onSaved={() => section.saved(t('ot.advisor.saved'))} />
        ) : (
          <div>
            <Button variant="secondary" onClick={(event) => section.openForm('advisor', event.currentTarget)}>
              {youth.advisor ? t('ot.advisor.change') : t('ot.advisor.set')}
            </Button>
          </div>
        ))}
    </OtSection>
  );
}

/** The guardians, shown to OT only while the youth is a minor (the server leaves them out after). */
function GuardiansSection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  return (
    <OtSection heading={t('ot.guardians.heading')} intro={t('ot.guardians.intro')}>
      <ul className="ot-guardians">
        {youth.guardians.map((g) => (
          <li key={g.id}>
            <strong>{g.name}</strong>
            {g.phone && <> · {t('ot.guardians.phone', { phone: g.phone })}</>}
            {g.email && <> · {t('ot.guardians.email', { email: g.email })}</>}
          </li>
        ))}
      </ul>
    </OtSection>
  );
}
