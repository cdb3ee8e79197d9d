import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportRound } from '../../../../shared/report-api';
import { AppLink } from '../../../components/app-link';
import { useFormat } from '../../../i18n/format';

/**
 * The school year's three assessment rounds: the one shown (marked as the current page), a link to
 * each other that has begun, and the ones still to come as plain text; under it, the round's date
 * and window and the term whose absence is shown.
 */
export function RoundNav({
  report,
  pathFor,
}: {
  report: { rounds: ReportRound[]; round: ReportRound | null; period: { termName: string; from: string; to: string } | null };
  pathFor: (round: ReportRound['round']) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { round, period } = report;
  return (
    <div className="stack stack--tight">
      <nav aria-label={t('classReport.roundNav')}>
        <ul className="link-row plain-list">
          {report.rounds.map((r) => {
            const name = t(`classReport.rounds.${r.round}`);
            return (
              <li key={r.round}>
                {r.round === round?.round ? (
                  <strong aria-current="page">{name}</strong>
                ) : r.begun ? (
                  <AppLink to={pathFor(r.round)}>{name}</AppLink>
                ) : (
                  <span>{t('classReport.notBegun', { round: name })}</span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
      {round ? (
        <Paragraph>{t('classReport.assessmentOn', { date: format.date(round.assessmentOn), from: format.date(round.from), to: format.date(round.to) })}</Paragraph>
      ) : (
        <Paragraph>{t('classReport.noRound')}</Paragraph>
      )}
      {round && (
        <Paragraph>{period ? t('classReport.period', { term: period.termName, from: format.date(period.from), to: format.date(period.to) }) : t('classReport.noPeriod')}</Paragraph>
      )}
    </div>
  );
}

/** What the absence limit says, with the school's shares; or that it does not hold here. */
export function LimitNote({ limit }: { limit: { warnFromPercent: number; limitPercent: number; discretionUpToPercent: number } | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph data-size="sm">
      {limit
        ? t('classReport.limit', { warn: format.percent(limit.warnFromPercent), limit: format.percent(limit.limitPercent), discretion: format.percent(limit.discretionUpToPercent) })
        : t('classReport.noLimit')}
    </Paragraph>
  );
}
