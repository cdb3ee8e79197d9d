import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { IkoWorkspace } from '../../../shared/workspace-api';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { NotGiven } from '../../components/not-given';
import { Refusal } from '../../components/refusal';
import { ScrollTable } from '../../components/scroll-table';
import { SignalLight } from '../../components/signal-light';
import { usePageOutcome } from '../../components/use-page-outcome';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/home-path';
import { casePaths } from '../cases/case-paths';
import { useIkoWorkspace } from './api/use-iko-workspace';

type StudentRef = IkoWorkspace['reports'][number]['student'];

/**
 * The rådgiver's / IKO coordinator's workspace: the teachers' concern reports as they come in,
 * the intake priority list for the start of the year, the students identified so far with their
 * flags, case and plan, and the classes with their klasselærermøte. Every student and class is a link.
 */
export function IkoWorkspacePage() {
  const { t } = useTranslation();
  const { schoolId } = useParams();
  const query = useIkoWorkspace(schoolId);
  const { refusal, title } = usePageOutcome(query, {
    loaded: (w) => t('ikoWorkspace.titleAt', { school: w.school.name }),
    forbidden: t('ikoWorkspace.forbidden.title'),
    notFound: t('schoolOverview.notFound.title'),
    pending: t('ikoWorkspace.title'),
  });
  const workspace = query.data;
  useScrollToSection(workspace !== undefined);
  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        {workspace && <Paragraph>{t('ikoWorkspace.intro')}</Paragraph>}
      </div>
      {query.isPending ? (
        <LoadingStatus text={t('ikoWorkspace.loading')} />
      ) : refusal ? (
        <Refusal kind={refusal} text={refusal === 'forbidden' ? t('ikoWorkspace.forbidden.text') : t('schoolOverview.notFound.text')} />
      ) : query.isError || !workspace ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ReportsSection workspace={workspace} />
          <IntakeSection workspace={workspace} />
          <IdentifiedSection workspace={workspace} />
          <ClassesSection workspace={workspace} />
        </>
      )}
    </div>
  );
}

function StudentLink({ student }: { student: StudentRef }) {
  const { t } = useTranslation();
  return <AppLink to={paths.student(student.id)}>{t('common.personName', { given: student.givenName, family: student.familyName })}</AppLink>;
}

function ClassLink({ student }: { student: StudentRef }) {
  const { t } = useTranslation();
  if (!student.classId || !student.className) return <NotGiven />;
  return (
    <AppLink to={paths.classMeeting(student.classId)}>
      {student.className}
      <span className="visually-hidden"> {t('ikoWorkspace.classMeetingOf')}</span>
    </AppLink>
  );
}

function ReportsSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('ikoWorkspace.reports.heading')}
      </Heading>
      <Paragraph>{t('ikoWorkspace.reports.intro')}</Paragraph>
      {workspace.reports.length === 0 ? (
        <Paragraph>{t('ikoWorkspace.reports.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('ikoWorkspace.reports.caption', { school: workspace.school.name })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('myStudents.columns.student')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('schoolOverview.columns.class')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.reports.columns.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.reports.columns.text')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.reports.columns.from')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.reports.columns.at')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {workspace.reports.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">
                    <StudentLink student={r.student} />
                  </Table.HeaderCell>
                  <Table.Cell>
                    <ClassLink student={r.student} />
                  </Table.Cell>
                  <Table.Cell>
                    {t(`concernReport.kind.${r.kind}`)}
                    {r.subject && <> ({r.subject})</>}
                  </Table.Cell>
                  <Table.Cell>{r.text}</Table.Cell>
                  <Table.Cell>{r.reportedBy}</Table.Cell>
                  <Table.Cell>{format.dateTime(r.createdAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function IntakeSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('ikoWorkspace.intake.heading')}
      </Heading>
      <Paragraph>
        {workspace.schoolYearStartsOn ? t('ikoWorkspace.intake.introWithStart', { date: format.date(workspace.schoolYearStartsOn) }) : t('ikoWorkspace.intake.intro')}
      </Paragraph>
      {workspace.intake.length === 0 ? (
        <Paragraph>{t('ikoWorkspace.intake.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('ikoWorkspace.intake.caption', { count: workspace.intake.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col" className="num">
                  {t('ikoWorkspace.intake.columns.rank')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('myStudents.columns.student')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('schoolOverview.columns.class')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.intake.columns.criteria')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ikoWorkspace.intake.columns.gradeAverage')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ikoWorkspace.intake.columns.choice')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('ikoWorkspace.intake.columns.absence')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {workspace.intake.map((row) => (
                <Table.Row key={row.student.id}>
                  <Table.Cell className="num">{format.number(row.rank)}</Table.Cell>
                  <Table.HeaderCell scope="row">
                    <StudentLink student={row.student} />
                  </Table.HeaderCell>
                  <Table.Cell>
                    <ClassLink student={row.student} />
                  </Table.Cell>
                  <Table.Cell>
                    <ul className="plain-list">
                      {row.criteria.map((c) => (
                        <li key={c}>
                          {t(`ruleCode.${c}`)}
                          {c === 'inntak_karakter' && row.subjectsWithGrade1OrMissing.length > 0 && <> ({row.subjectsWithGrade1OrMissing.join(', ')})</>}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                  <Table.Cell className="num">{row.gradeAverage === null ? <NotGiven /> : format.number(row.gradeAverage)}</Table.Cell>
                  <Table.Cell className="num">{row.admittedChoice === null ? <NotGiven /> : format.number(row.admittedChoice)}</Table.Cell>
                  <Table.Cell className="num">{row.lowerSecondaryAbsencePercent === null ? <NotGiven /> : format.percent(row.lowerSecondaryAbsencePercent)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function IdentifiedSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('ikoWorkspace.identified.heading')}
      </Heading>
      {workspace.identified.length === 0 ? (
        <Paragraph>{t('ikoWorkspace.identified.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('ikoWorkspace.identified.caption', { count: workspace.identified.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('myStudents.columns.student')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('schoolOverview.columns.class')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('myStudents.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.identified.columns.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('ikoWorkspace.identified.columns.plan')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {workspace.identified.map((row) => (
                <Table.Row key={row.student.id}>
                  <Table.HeaderCell scope="row">
                    <StudentLink student={row.student} />
                  </Table.HeaderCell>
                  <Table.Cell>
                    <ClassLink student={row.student} />
                  </Table.Cell>
                  <Table.Cell>
                    <SignalLight signal={row.signal} />
                  </Table.Cell>
                  <Table.Cell>
                    {row.openCase ? (
                      <AppLink to={casePaths.case(row.openCase.id)}>
                        {t(`caseKind.${row.openCase.kind}`, { defaultValue: row.openCase.kind })}: {t(`caseStep.${row.openCase.step}`, { defaultValue: row.openCase.step })}
                      </AppLink>
                    ) : (
                      t('ikoWorkspace.identified.noCase')
                    )}
                  </Table.Cell>
                  <Table.Cell>{row.openCase ? (row.openCase.hasSignedPlan ? t('ikoWorkspace.identified.planSigned') : t('ikoWorkspace.identified.noSignedPlan')) : <NotGiven />}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function ClassesSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="klasselaerermote">
      <Heading level={2} data-size="md" id="klasselaerermote">
        {t('ikoWorkspace.classes.heading')}
      </Heading>
      <Paragraph>{t('ikoWorkspace.classes.intro')}</Paragraph>
      {workspace.classes.length === 0 ? (
        <Paragraph>{t('schoolOverview.noClasses')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {workspace.classes.map((c) => (
            <li key={c.id}>
              <AppLink to={paths.classMeeting(c.id)}>{t('ikoWorkspace.classes.meetingFor', { group: c.name, count: c.students })}</AppLink>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to={paths.schoolOverview(workspace.school.id)}>{t('ikoWorkspace.classes.overview')}</AppLink>
      </Paragraph>
    </section>
  );
}

/** Opened at a section (the navigation's klasselærermøte is `#klasselaerermote`): there once it is shown. */
function useScrollToSection(loaded: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [loaded, hash]);
}
