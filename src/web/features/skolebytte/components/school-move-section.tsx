import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { useLatestSchoolMove } from '../api/use-skolebytte';
import { SchoolMoveDialog } from './school-move-dialog';
import '../skolebytte.css';

/**
 * Skolebytte on the student page, for the leadership of the student's school: where the student
 * came from, if they moved here from another school of the owner, and "Flytt til en annen skole"
 * (the server has the last word on who may).
 */
export function SchoolMoveSection({ student }: { student: Pick<StudentDetail, 'id' | 'givenName' | 'familyName' | 'school'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useSession();
  const leads = session.roles.some((r) => r.role === 'skoleleder' && r.schoolId === student.school.id);
  const latest = useLatestSchoolMove(student.id, leads);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (!leads) return null;
  const cameHere = latest.data?.move && latest.data.move.toSchool.id === student.school.id ? latest.data.move : null;
  const name = t('common.personName', { given: student.givenName, family: student.familyName });

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('skolebytte.section.heading')}
      </Heading>
      {cameHere && <Paragraph>{t('skolebytte.section.cameFrom', { school: cameHere.fromSchool.name, date: format.date(cameHere.movedOn) })}</Paragraph>}
      <Paragraph>{t('skolebytte.section.intro')}</Paragraph>
      <div>
        <Button ref={buttonRef} variant="secondary" onClick={() => setOpen(true)}>
          {t('skolebytte.section.move')}
        </Button>
      </div>
      <SchoolMoveDialog
        studentId={student.id}
        studentName={name}
        today={todayInNorway()}
        open={open}
        onCancel={() => {
          setOpen(false);
          requestAnimationFrame(() => buttonRef.current?.focus());
        }}
      />
    </section>
  );
}
