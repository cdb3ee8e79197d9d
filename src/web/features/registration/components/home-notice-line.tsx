import { useTranslation } from 'react-i18next';
import type { LessonRegister } from '../../../../shared/api';

/**
 * A notice from home kept for the lesson or the day, under the student's name on the register
 * sheet ("Melding fra hjemmet: syk"), so the teacher sees it before marking; absence registered
 * for the student takes it, and a student who turns up is simply present.
 */
export function HomeNoticeLine({ notice }: { notice: LessonRegister['students'][number]['notice'] }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <>
      <br />
      <span className="muted">{t(notice.documented ? 'homeNotice.documented' : 'homeNotice.plain', { cause: notice.cause })}</span>
    </>
  );
}
