import { Button } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field';
import { checkPeriod, MAX_PERIOD_DAYS, type PeriodProblem } from '../access-period';
import type { Period } from '../api/access-report-client';

/**
 * The period a report is asked for: two dates, each with its own error, checked before asking.
 * `children` come before the dates (a choice of person, say); `onAsk` gets the period once it is right.
 */
export function PeriodForm({ initial, today, submitLabel, onAsk, children }: { initial: Period; today: string; submitLabel: string; onAsk: (period: Period) => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [period, setPeriod] = useState(initial);
  const [problems, setProblems] = useState<PeriodProblem[]>([]);
  const errorOf = (field: 'from' | 'to') => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`accessReport.period.problem.${problem.problem}`, { days: MAX_PERIOD_DAYS }) : undefined;
  };
  return (
    <form
      className="stack stack--tight"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = checkPeriod(period, today);
        setProblems(found);
        if (found.length === 0) onAsk(period);
      }}
    >
      {children}
      <div className="access-report-period">
        <DateField id={`${id}-from`} label={t('accessReport.period.from')} value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} error={errorOf('from')} required />
        <DateField id={`${id}-to`} label={t('accessReport.period.to')} value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} error={errorOf('to')} required />
      </div>
      <div>
        <Button type="submit" variant="secondary">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
