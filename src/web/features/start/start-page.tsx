import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../shared/api';
import type { RoleCode } from '../../../domain/vocabulary';
import { AppLink } from '../../components/app-link';
import { capitalise } from '../../components/capitalise';
import { useDocumentTitle } from '../../components/use-document-title';
import { coordinatorSchools, gradeKindsToEnter, leadershipSchools, overviewSchools, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { OtWorkSection } from './components/ot-work';
import { OwnerFiguresSection } from './components/owner-figures';
import { OwnerImplementationSection } from './components/owner-implementation';
import { useRoleLabel } from '../../components/use-role-label';

/**
 * The start page: the person's roles, and for each what they can do in Varde. The landing page
 * for roles that have no page of their own yet (support staff, OT, skoleeier, administrator).
 */
export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('start.title'));
  const session = useSession();
  const roleCodes = [...new Set(session.roles.map((r) => r.role))];

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('start.heading', { name: session.name })}
      </Heading>
      <Paragraph>{t('start.intro')}</Paragraph>

      <section className="stack">
        <Heading level={2} data-size="md" id="start-roller">
          {t('start.rolesHeading')}
        </Heading>
        {session.roles.length === 0 ? (
          <Paragraph>{t('start.noRoles')}</Paragraph>
        ) : (
          <ul>
            {session.roles.map((role, index) => (
              <li key={`${role.role}:${role.schoolId ?? 'none'}:${index}`}>
                <RoleLine role={role} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack">
        <Heading level={2} data-size="md" id="start-oppgaver">
          {t('start.whatYouCanDo')}
        </Heading>
        <div className="card-grid">
          {roleCodes.map((code) => (
            <Card key={code}>
              <Heading level={3} data-size="xs">
                {capitalise(t(`role.${code}`))}
              </Heading>
              <Paragraph>{t(`start.roleHelp.${code}`)}</Paragraph>
              <RoleLinks code={code} roles={session.roles.filter((r) => r.role === code)} />
            </Card>
          ))}
        </div>
      </section>

      {/* OT and the school owner have no page of their own: what they can do now is here. */}
      {roleCodes.includes('skoleeier') && <OwnerFiguresSection />}
      {roleCodes.includes('skoleeier') && <OwnerImplementationSection />}
      {roleCodes.includes('ot_radgiver') && <OtWorkSection />}

      <Paragraph data-size="sm">{t('start.missingRole')}</Paragraph>
    </div>
  );
}

function RoleLine({ role }: { role: RoleAssignment }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const name = capitalise(t(`role.${role.role}`));
  // The title is the school's own word for the role ("Rektor", "Kontaktlærer 1STA"), in the reader's language where Varde knows it.
  const title = roleLabel(role.title?.trim() ?? '');
  const lowerName = name.toLocaleLowerCase();
  let label = name;
  if (title && title.toLocaleLowerCase() !== lowerName) {
    label = title.toLocaleLowerCase().startsWith(lowerName) ? capitalise(title) : t('start.roleWithTitle', { role: name, title });
  }
  return <>{role.schoolName ? t('start.roleAtSchool', { role: label, school: role.schoolName }) : label}</>;
}

function RoleLinks({ code, roles }: { code: RoleCode; roles: RoleAssignment[] }) {
  const { t } = useTranslation();
  if (code === 'kontaktlaerer' || code === 'faglaerer') {
    const gradeKinds = gradeKindsToEnter(roles);
    return (
      <ul className="plain-list">
        <li>
          <AppLink to={paths.myStudents}>{t('nav.myStudents')}</AppLink>
        </li>
        <li>
          <AppLink to={paths.registration}>{t('nav.registration')}</AppLink>
        </li>
        {gradeKinds.length > 0 && (
          <li>
            <AppLink to={paths.grades}>{gradeKinds.includes('midtveis') ? t('nav.grades') : t('nav.gradesHalfYear')}</AppLink>
          </li>
        )}
        {code === 'kontaktlaerer' && (
          <li>
            <AppLink to={paths.tasks}>{t('nav.tasks')}</AppLink>
          </li>
        )}
      </ul>
    );
  }
  if (code === 'skoleleder' || code === 'radgiver') {
    const schools = overviewSchools(roles);
    return (
      <ul className="plain-list">
        {code === 'radgiver' &&
          coordinatorSchools(roles).flatMap((s) => [
            <li key={`${s.schoolId}:iko`}>
              <AppLink to={paths.ikoWorkspace(s.schoolId)}>{s.schoolName ? t('nav.ikoWorkspaceAt', { school: s.schoolName }) : t('nav.ikoWorkspace')}</AppLink>
            </li>,
            <li key={`${s.schoolId}:klasselaerermote`}>
              <AppLink to={paths.classMeetings(s.schoolId)}>{t('nav.classMeeting')}</AppLink>
            </li>,
          ])}
        {schools.map((s) => (
          <li key={`${s.schoolId}:ledelse`}>
            <AppLink to={paths.leadership(s.schoolId)}>{s.schoolName ? t('nav.leadershipAt', { school: s.schoolName }) : t('nav.leadership')}</AppLink>
          </li>
        ))}
        {schools.map((s) => (
          <li key={s.schoolId}>
            <AppLink to={paths.schoolOverview(s.schoolId)}>
              {s.schoolName ? t('nav.schoolOverviewAt', { school: s.schoolName }) : t('nav.schoolOverview')}
            </AppLink>
          </li>
        ))}
        {leadershipSchools(roles).map((s) => (
          <li key={`${s.schoolId}:manedssjekk`}>
            <AppLink to={paths.monthlyCheck(s.schoolId)}>
              {s.schoolName ? t('nav.monthlyCheckAt', { school: s.schoolName }) : t('nav.monthlyCheck')}
            </AppLink>
          </li>
        ))}
        {code === 'skoleleder' &&
          leadershipSchools(roles).map((s) => (
            <li key={`${s.schoolId}:semestersjekk`}>
              <AppLink to={paths.semesterCheck(s.schoolId)}>{s.schoolName ? t('nav.semesterCheckAt', { school: s.schoolName }) : t('nav.semesterCheck')}</AppLink>
            </li>
          ))}
        {code === 'skoleleder' && (
          <li>
            <AppLink to={paths.tasks}>{t('nav.tasks')}</AppLink>
          </li>
        )}
        {code === 'skoleleder' &&
          leadershipSchools(roles).map((s) => (
            <li key={`${s.schoolId}:import`}>
              <AppLink to={paths.imports(s.schoolId)}>
                {s.schoolName ? t('nav.importAt', { school: s.schoolName }) : t('nav.import')}
              </AppLink>
            </li>
          ))}
      </ul>
    );
  }
  if (code === 'skoleeier') {
    return (
      <ul className="plain-list">
        <li>
          <AppLink to={paths.ownerAbsence}>{t('ownerAbsence.startLink')}</AppLink>
        </li>
      </ul>
    );
  }
  if (code === 'administrator') {
    // An administrator has no school in the session, so the import page (per school) cannot be
    // linked from here: the leadership imports, or the administrator from the command line. The
    // owner's schools (the schools file) are the administrator's own page.
    return (
      <>
        <ul className="plain-list">
          <li>
            <AppLink to={paths.ruleProfiles}>{t('nav.ruleProfiles')}</AppLink>
          </li>
          <li>
            <AppLink to={paths.ownerImports}>{t('nav.ownerImport')}</AppLink>
          </li>
        </ul>
        <Paragraph data-size="sm">{t('start.adminImports')}</Paragraph>
      </>
    );
  }
  return null;
}
