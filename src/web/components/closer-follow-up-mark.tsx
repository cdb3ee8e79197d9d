import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { todayInNorway } from '../lib/dates';

/**
 * The small mark of closer follow-up (tettere oppfølging) beside a student's name: with its review
 * date, or saying that the review is due. Words, never colour alone.
 */
export function CloserFollowUpMark({ reviewOn }: { reviewOn: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = reviewOn <= todayInNorway();
  return (
    <Tag data-color={due ? 'warning' : 'info'} data-size="sm" className="closer-mark">
      {due ? t('closerFollowUp.reviewDue') : t('closerFollowUp.until', { date: format.date(reviewOn) })}
    </Tag>
  );
}
