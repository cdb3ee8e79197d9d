import { Alert, Button, Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Plan } from '../../../../shared/case-api';
import { ApiErrorText } from '../../../components/api-error-alert';
import { capitalise } from '../../../components/capitalise';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { planPdfPath } from '../api/plan-client';
import { useShareWithHome } from '../api/use-plan-changes';
import { evaluationRows, contentOfVersion, type PlanContent } from '../plan-drafts';
import { EvaluationForm } from './evaluation-form';
import { useFocusWhenShown } from '../../../lib/use-focus-when-shown';
import { PlanAttendance } from './plan-attendance';
import { PlanContentView } from './plan-content-view';
import { PlanEditor } from './plan-editor';
import { SignDialog } from './sign-dialog';

type Version = Plan['versions'][number];

export const planHeadingId = (planId: string) => `plan-${planId}-heading`;

/** The plan's name: its kind, and for a week plan the day it starts. */
export function usePlanTitle(): (plan: Plan) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (plan) => {
    const kindName = t(`planKind.${plan.kind}`);
    if (plan.kind !== 'ukeplan' || !plan.versions[0]) return capitalise(kindName);
    const content = contentOfVersion('ukeplan', plan.versions[0].content) as PlanContent<'ukeplan'>;
    return capitalise(t('plans.weekPlanFrom', { kind: kindName, date: format.date(content.startsOn) }));
  };
}

/**
 * One plan: its newest version with its state (draft, or signed and by whom), the PDF in
 * bokmål and nynorsk, what can be done with it now, its evaluations, and every older version,
 * readable as it was.
 */
export function PlanCard({
  detail,
  plan,
  schoolId,
  editing,
  readOnly,
  onEdit,
  onEditDone,
  onMessage,
}: {
  detail: CaseDetail;
  plan: Plan;
  schoolId: string | null;
  editing: boolean;
  readOnly: boolean;
  onEdit: () => void;
  onEditDone: (message: string | null) => void;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = usePlanTitle()(plan);
  const [signing, setSigning] = useState(false);
  const [evaluating, setEvaluating] = useState(false);
  const focusLater = useFocusWhenShown();
  const latest = plan.versions[0];
  if (!latest) return null;
  const older = plan.versions.slice(1);
  const focusHeading = () => focusLater(planHeadingId(plan.id));

  return (
    <article className="plan-card stack" aria-labelledby={planHeadingId(plan.id)}>
      <div className="stack stack--tight">
        <Heading level={3} data-size="sm" id={planHeadingId(plan.id)} tabIndex={-1}>
          {title}
        </Heading>
        <VersionState version={latest} />
      </div>

      {editing ? (
        <PlanEditor
          detail={detail}
          kind={plan.kind}
          plan={plan}
          schoolId={schoolId}
          headingLevel={4}
          onSaved={(message) => {
            onEditDone(message);
            focusHeading();
          }}
          onCancel={() => {
            onEditDone(null);
            focusHeading();
          }}
        />
      ) : (
        <>
          <PlanContentView kind={plan.kind} content={latest.content} caption={t('plans.versionCaption', { plan: title, version: latest.version })} />
          <Signatures version={latest} />
          <PdfLinks plan={plan} version={latest} />
          {!latest.signed && <ShareWithHome caseId={detail.id} plan={plan} version={latest} readOnly={readOnly} />}
          {!readOnly && !evaluating && (
            <div className="button-row">
              <Button type="button" variant="secondary" data-size="sm" onClick={onEdit}>
                {latest.signed ? t('plans.editSigned', { version: latest.version + 1 }) : t('plans.editDraft')}
              </Button>
              <Button type="button" variant={latest.signed ? 'secondary' : 'primary'} data-size="sm" onClick={() => setSigning(true)}>
                {latest.signed ? t('plans.addSignatures', { version: latest.version }) : t('plans.signVersion', { version: latest.version })}
              </Button>
              {plan.versions.some((v) => v.signed) && (
                <Button type="button" variant="secondary" data-size="sm" onClick={() => setEvaluating(true)}>
                  {t('plans.evaluate.open')}
                </Button>
              )}
            </div>
          )}
          {!readOnly && latest.signed && <Paragraph data-size="sm">{t('plans.signedLocked', { version: latest.version })}</Paragraph>}
          {evaluating && (
            <EvaluationForm
              plan={plan}
              onCancel={() => {
                setEvaluating(false);
                focusHeading();
              }}
              onDone={(message) => {
                setEvaluating(false);
                onMessage(message);
                focusHeading();
              }}
            />
          )}
        </>
      )}

      <PlanAttendance plan={plan} title={title} />

      <Evaluations plan={plan} />

      {older.length > 0 && (
        <div className="stack stack--tight">
          <Heading level={4} data-size="2xs">
            {t('plans.history', { count: older.length })}
          </Heading>
          {older.map((version) => (
            <Details key={version.version}>
              <Details.Summary>
                {t(version.signed ? 'plans.versionSigned' : 'plans.versionDraft', { version: version.version })}
                {' – '}
                {t('plans.versionMade', { date: format.date(dateOfTimestamp(version.createdAt)), who: version.createdBy })}
              </Details.Summary>
              <Details.Content className="stack stack--tight">
                <PlanContentView kind={plan.kind} content={version.content} caption={t('plans.versionCaption', { plan: title, version: version.version })} />
                <Signatures version={version} />
                <PdfLinks plan={plan} version={version} />
              </Details.Content>
            </Details>
          ))}
        </div>
      )}

      {!readOnly && (
        <SignDialog
          open={signing}
          detail={detail}
          plan={plan}
          version={latest}
          onClose={() => setSigning(false)}
          onSigned={(message) => {
            setSigning(false);
            onMessage(message);
            focusHeading();
          }}
        />
      )}
    </article>
  );
}

function VersionState({ version }: { version: Version }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph data-size="sm" className="plan-state">
      <Tag data-color={version.signed ? 'success' : 'warning'} data-size="sm">
        {version.signed ? t('plans.state.signed') : t('plans.state.draft')}
      </Tag>{' '}
      {t('plans.versionLine', {
        version: version.version,
        date: format.date(dateOfTimestamp(version.updatedAt)),
        who: version.createdBy,
      })}
    </Paragraph>
  );
}

function Signatures({ version }: { version: Version }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (version.signatures.length === 0) return <Paragraph data-size="sm">{t('plans.notSigned')}</Paragraph>;
  return (
    <div className="stack stack--tight">
      <Heading level={4} data-size="2xs">
        {t('plans.signaturesHeading', { version: version.version })}
      </Heading>
      <ul className="plan-lines">
        {version.signatures.map((s) => (
          <li key={`${s.role}:${s.name}`}>
            {/* Every signature is registered by a staff member; the line says so unless they signed themselves. */}
            {/* …and one signed by the student or a guardian themself, in the home view, says how they signed in. */}
            {t(
              s.method === 'feide' || s.method === 'id_porten'
                ? 'plans.signatureLineSelf'
                : s.method === 'papir'
                  ? 'plans.signatureLinePaper'
                  : s.name === s.recordedBy
                    ? 'plans.signatureLineInVarde'
                    : 'plans.signatureLineInVardeFor',
              {
                name: s.name,
                role: t(`signatoryRole.${s.role}`),
                method: t(`signatureMethod.${s.method}`),
                date: format.date(s.signedOn),
                recordedBy: s.recordedBy,
              },
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A draft is the school's until shared: "Del med elev og foresatte" lets the student and the
 * guardians read it in the home view before it is signed; once shared, the line says when.
 */
function ShareWithHome({ caseId, plan, version, readOnly }: { caseId: string; plan: Plan; version: Version; readOnly: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = useShareWithHome(caseId);
  const focusLater = useFocusWhenShown();
  const sharedId = `plan-${plan.id}-shared`;
  if (version.sharedWithHomeAt) {
    // Focused when just shared: the button that was pressed is gone, and the line says what happened.
    return (
      <Paragraph data-size="sm" id={sharedId} tabIndex={-1}>
        {t('plans.sharedWithHome', { date: format.date(dateOfTimestamp(version.sharedWithHomeAt)) })}
      </Paragraph>
    );
  }
  if (readOnly) return null;
  return (
    <div className="stack stack--tight">
      <Paragraph data-size="sm">{t('plans.shareWithHomeHint')}</Paragraph>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          loading={share.isPending}
          aria-disabled={share.isPending || undefined}
          onClick={() => {
            if (!share.isPending) share.mutate({ planId: plan.id, version: version.version }, { onSuccess: () => focusLater(sharedId) });
          }}
        >
          {share.isPending ? t('plans.sharingWithHome') : t('plans.shareWithHome')}
        </Button>
      </div>
      {share.isError && (
        <Alert data-color="danger" role="alert">
          <ApiErrorText error={share.error} />
        </Alert>
      )}
    </div>
  );
}

function PdfLinks({ plan, version }: { plan: Plan; version: Version }) {
  const { t } = useTranslation();
  return (
    <ul className="link-row">
      {(['nb', 'nn'] as const).map((language) => (
        <li key={language}>
          <Link href={planPdfPath(plan.id, version.version, language)}>{t(`plans.pdf.${language}`, { version: version.version })}</Link>
        </li>
      ))}
    </ul>
  );
}

function Evaluations({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (plan.evaluations.length === 0) return null;
  const evaluations = [...plan.evaluations].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <div className="stack stack--tight">
      <Heading level={4} data-size="2xs">
        {t('plans.evaluations', { count: evaluations.length })}
      </Heading>
      <ul className="plan-evaluations">
        {evaluations.map((e) => {
          const version = plan.versions.find((v) => v.version === e.version);
          const rows = version ? evaluationRows(plan.kind, version.content) : [];
          const notes = Object.entries(e.rowNotes).sort(([a], [b]) => Number(a) - Number(b));
          return (
            <li key={e.id} className="stack stack--tight">
              <Paragraph>
                <strong>{t('plans.evaluationOn', { date: format.date(e.evaluatedOn), version: e.version })}</strong>{' '}
                <Tag data-color={e.satisfactory ? 'success' : 'warning'} data-size="sm">
                  {e.satisfactory ? t('plans.evaluate.good') : t('plans.evaluate.notGood')}
                </Tag>
              </Paragraph>
              {e.adjustment && (
                <Paragraph>
                  {t('plans.evaluate.adjustment')}: <span className="pre-line">{e.adjustment}</span>
                </Paragraph>
              )}
              {notes.length > 0 && (
                <ul>
                  {notes.map(([key, note]) => (
                    <li key={key}>
                      {t('plans.evaluate.noteLine', { n: Number(key) + 1, row: rows[Number(key)] ?? '', note })}
                    </li>
                  ))}
                </ul>
              )}
              <Paragraph data-size="sm" className="muted">
                {t('plans.recordedBy', { who: e.createdBy, date: format.date(dateOfTimestamp(e.createdAt)) })}
              </Paragraph>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
