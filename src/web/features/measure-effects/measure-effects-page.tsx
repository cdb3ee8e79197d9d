import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { improvementPoints, minWindowSchoolDays } from '../../../domain/tiltak/attendance-before-after';
import { smallCount } from '../../../domain/owner/shown-count';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/home-path';
import { useMeasureEffects } from './api/use-measure-effects';
import { MeasureEffectsTable } from './components/measure-effects-table';

/**
 * The effect of measures (issue 11, part 6) for the school's leadership and rådgiver: how often each
 * measure in the school's plans was followed by better attendance, with the counts always and a
 * claim only where the numbers bear one (docs/decisions/017-effect-of-measures.md).
 */
export function MeasureEffectsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { schoolId } = useParams();
  const query = useMeasureEffects(schoolId);
  const failure = isApiFailure(query.error) ? query.error : null;
  useDocumentTitle(t('measureEffects.title'));

  return (
    <div className="stack stack--wide">
      <Heading level={1} data-size="lg">
        {t('measureEffects.title')}
      </Heading>
      {query.isPending ? (
        <LoadingStatus text={t('measureEffects.loading')} />
      ) : failure?.code === 'forbidden' ? (
        <>
          <Alert data-color="warning" role="alert">
            <Paragraph>{t('measureEffects.forbidden')}</Paragraph>
          </Alert>
          <Paragraph>
            <AppLink to="/">{t('common.toStart')}</AppLink>
          </Paragraph>
        </>
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <div className="stack">
            <Paragraph>{t('measureEffects.intro', { points: format.number(improvementPoints), days: format.number(minWindowSchoolDays) })}</Paragraph>
            <Paragraph>
              {t('measureEffects.all', {
                count: query.data.all.plans,
                plans: format.number(query.data.all.plans),
                improved: format.number(query.data.all.improved),
                comparable: format.number(query.data.all.comparable),
              })}
            </Paragraph>
            <Paragraph>
              <AppLink to={paths.schoolOverview(query.data.schoolId)}>{t('measureEffects.toOverview')}</AppLink>
            </Paragraph>
          </div>
          <MeasureEffectsTable effects={query.data} />
          <Alert data-color="info" className="stack">
            <Heading level={2} data-size="2xs">
              {t('measureEffects.aboutHeading')}
            </Heading>
            <Paragraph>{t('measureEffects.aboutComparable')}</Paragraph>
            <Paragraph>{t('measureEffects.aboutSmall', { count: smallCount })}</Paragraph>
            <Paragraph>{t('measureEffects.aboutTest', { count: query.data.tested, level: format.percent(query.data.levelPerTest * 100) })}</Paragraph>
            <Paragraph>{t('measureEffects.aboutCause')}</Paragraph>
          </Alert>
        </>
      )}
    </div>
  );
}
