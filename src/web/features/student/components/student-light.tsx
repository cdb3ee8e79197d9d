import { useTranslation } from 'react-i18next';
import { studentLight } from '../../../../domain/identification/concerns';
import type { Flag, StudentDetail } from '../../../../shared/api';
import { SignalLight } from '../../../components/signal-light';
import { useStudentFlags } from '../api/use-student-flags';

const open = (f: Flag) => f.state === 'ny' || f.state === 'bekreftet';

/**
 * The student's one traffic light under the name, with its reasons: the same light, from the same
 * domain function (studentLight), as in every list of students. Only for a reader who may see the
 * student's flags (full access); the flags panel below shares the same query.
 */
export function StudentLight({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const query = useStudentFlags(student.id, student.access === 'full');
  if (student.access !== 'full' || !query.data) return null;
  const { level, reasons } = studentLight(query.data.flags.filter(open));
  return (
    <div className="student-light">
      <span className="visually-hidden">{t('student.light')} </span>
      <SignalLight signal={{ level, flags: reasons }} />
    </div>
  );
}
