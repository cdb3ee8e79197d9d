import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

/** A warning sign (a triangle with an exclamation mark), beside words: never colour alone. */
export function OverdueIcon() {
  return (
    <svg className="case-overdue__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14.5H1Z" />
      <path className="case-overdue__mark" d="M8 6v4M8 11.6v.9" />
    </svg>
  );
}

/** A step's deadline; when it has passed, a warning shape and the words "Fristen er passert". */
export function Deadline({ dueOn, overdue }: { dueOn: string; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="case-deadline">
      {format.date(dueOn)}
      {overdue && (
        <>
          {' '}
          <span className="case-overdue">
            <OverdueIcon />
            {t('cases.overdue')}
          </span>
        </>
      )}
    </span>
  );
}
