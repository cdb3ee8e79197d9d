import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CheckPeriod } from '../../../../shared/workspace-api';
import type { CheckKind } from '../../../../domain/vocabulary';
import { AppLink } from '../../../components/app-link';
import { useFormat } from '../../../i18n/format';

/** How many days a period holds, its first and last day both counted. */
export const daysFromTo = (period: { from: string; to: string }) => Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;

/**
 * The period a check looks at (the monthly check: its month, and the days its rule looks back over), and the way to the one before, the one after (once it has begun)
 * and back to the current one. `pathOn` gives the page's address for a date in another period.
 */
export function CheckPeriodNav({ kind, period, pathOn, currentPath }: { kind: CheckKind; period: CheckPeriod; pathOn: (on: string) => string; currentPath: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="stack stack--tight">
      <Paragraph>
        {t(`checks.period.${kind}`, { from: format.date(period.from), to: format.date(period.to), month: format.month(period.to), days: daysFromTo(period) })}
        {period.current && <> {t('checks.soFar')}</>}
      </Paragraph>
      <nav aria-label={t('checks.periodNav')}>
        <ul className="link-row plain-list">
          {period.previous && (
            <li>
              <AppLink to={pathOn(period.previous)}>{t(`checks.previous.${kind}`)}</AppLink>
            </li>
          )}
          {period.next && (
            <li>
              <AppLink to={pathOn(period.next)}>{t(`checks.next.${kind}`)}</AppLink>
            </li>
          )}
          {/* Not the latest period: a later one has begun (a week just ended, on a Saturday, is still the latest). */}
          {period.next && (
            <li>
              <AppLink to={currentPath}>{t(`checks.toCurrent.${kind}`)}</AppLink>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}
