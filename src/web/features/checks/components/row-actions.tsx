import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { paths } from '../../../lib/home-path';
import { casePaths } from '../../cases/case-paths';

/**
 * What a person can do from a row of a check, through the pages that already do it: log a contact
 * with the home (the student page's home contacts), open a case from the student's flags or go to
 * the open one, and for a summons that is due, the task that carries it.
 */
export function RowActions({ studentId, studentName, caseId, summonsDue }: { studentId: string; studentName: string; caseId?: string | null; summonsDue?: boolean }) {
  const { t } = useTranslation();
  const forStudent = <span className="visually-hidden"> {t('checks.actions.forStudent', { name: studentName })}</span>;
  return (
    <ul className="plain-list">
      {summonsDue && (
        <li>
          <AppLink to={paths.tasks}>
            {t('checks.actions.summon')}
            {forStudent}
          </AppLink>
        </li>
      )}
      <li>
        <AppLink to={`${paths.student(studentId)}#kontakt-hjem`}>
          {t('checks.actions.logContact')}
          {forStudent}
        </AppLink>
      </li>
      <li>
        {caseId ? (
          <AppLink to={casePaths.case(caseId)}>
            {t('checks.actions.seeCase')}
            {forStudent}
          </AppLink>
        ) : (
          <AppLink to={`${paths.student(studentId)}#flagg`}>
            {t('checks.actions.openCase')}
            {forStudent}
          </AppLink>
        )}
      </li>
    </ul>
  );
}
