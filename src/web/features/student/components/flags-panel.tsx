import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag, StudentDetail } from '../../../../shared/api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { SignalMark } from '../../../components/signal-light';
import { useExplainFlag } from '../../../components/use-explain-flag';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { OpenCaseForm } from '../../cases/components/open-case-form';
import { OpenAvklaringForm } from '../../ot-avklaring/components/open-avklaring-form';
import { useStudentFlags } from '../api/use-student-flags';
import { FlagDecisionForm, type DecisionKind } from './flag-decision-form';

const openStates = new Set<Flag['state']>(['ny', 'bekreftet']);
/** Rød before gul, then the newest first. */
const byConcern = (a: Flag, b: Flag) => (a.level === b.level ? b.detectedAt.localeCompare(a.detectedAt) : a.level === 'rod' ? -1 : 1);

/**
 * "Hvorfor?": the student's flags, each with the rule, what was found, its level and state.
 * A person takes a stand on each new flag (confirm with a reason and a review date, or dismiss
 * with a reason), and marks a confirmed flag as resolved when the follow-up has worked.
 */
export function FlagsPanel({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const mayDecide = student.access === 'full';
  const query = useStudentFlags(student.id, mayDecide);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<{ kind: DecisionKind; ruleCode: Flag['ruleCode'] } | null>(null);
  const failure = isApiFailure(query.error) ? query.error : null;

  const open = (query.data?.flags ?? []).filter((f) => openStates.has(f.state)).sort(byConcern);
  const closed = (query.data?.flags ?? []).filter((f) => !openStates.has(f.state)).sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));

  const onDecided = (kind: DecisionKind, ruleCode: Flag['ruleCode']) => {
    setDone({ kind, ruleCode });
    // The form that had focus is gone: the reader continues from the panel's heading.
    headingRef.current?.focus();
  };

  return (
    <section className="stack" aria-labelledby="flagg">
      <Heading level={2} data-size="md" id="flagg" ref={headingRef} tabIndex={-1}>
        {t('flags.heading')}
      </Heading>
      <Paragraph>{t('flags.intro')}</Paragraph>
      <LiveStatus>
        {done && (
          <Alert data-color="success">
            <Paragraph>{t(`flags.done.${done.kind}`, { rule: t(`ruleCode.${done.ruleCode}`) })}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {!mayDecide || failure?.code === 'forbidden' ? (
        <Paragraph>{t('flags.forbidden')}</Paragraph>
      ) : query.isPending ? (
        <LoadingStatus text={t('flags.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} heading={t('flags.failed')} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <div className="stack stack--tight">
            <Heading level={3} data-size="sm">
              {t('flags.openHeading', { count: open.length })}
            </Heading>
            {open.length === 0 ? (
              <Paragraph>{t('flags.noneOpen')}</Paragraph>
            ) : (
              <ul className="flag-list">
                {open.map((flag) => (
                  <li key={flag.id}>
                    <FlagItem flag={flag} mayDecide={mayDecide} onDecided={onDecided} student={student} />
                  </li>
                ))}
              </ul>
            )}
          </div>
          {closed.length > 0 && (
            <div className="stack stack--tight">
              <Heading level={3} data-size="sm">
                {t('flags.closedHeading', { count: closed.length })}
              </Heading>
              <ul className="flag-list">
                {closed.map((flag) => (
                  <li key={flag.id}>
                    <FlagItem flag={flag} mayDecide={false} onDecided={onDecided} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function FlagItem({
  flag,
  mayDecide,
  onDecided,
  student,
}: {
  flag: Flag;
  mayDecide: boolean;
  onDecided: (kind: DecisionKind, ruleCode: Flag['ruleCode']) => void;
  /** Given for open flags: a case can be opened from them. */
  student?: StudentDetail;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const explain = useExplainFlag();
  const { rule, finding } = explain(flag);
  const name = t(`ruleCode.${flag.ruleCode}`);
  const [deciding, setDeciding] = useState<DecisionKind | null>(null);
  const [openingCase, setOpeningCase] = useState(false);
  const [openingAvklaring, setOpeningAvklaring] = useState(false);
  const openAvklaringRef = useRef<HTMLButtonElement>(null);
  const buttonRefs = useRef<Partial<Record<DecisionKind, HTMLButtonElement | null>>>({});
  const openCaseRef = useRef<HTMLButtonElement>(null);
  const actions: DecisionKind[] = flag.state === 'ny' ? ['bekreft', 'avvis'] : flag.state === 'bekreftet' ? ['lost'] : [];
  const headingId = `flagg-${flag.id}`;

  const cancel = (kind: DecisionKind) => {
    setDeciding(null);
    // Back to the button that opened the form.
    requestAnimationFrame(() => buttonRefs.current[kind]?.focus());
  };

  return (
    <article className={`flag-item flag-item--${flag.level}`} aria-labelledby={headingId}>
      <Heading level={4} data-size="xs" id={headingId}>
        {name}
      </Heading>
      <Paragraph>{finding}</Paragraph>
      <dl className="flag-facts">
        {rule.toLocaleLowerCase() !== name.toLocaleLowerCase() && (
          <div className="flag-facts__wide">
            <dt>{t('flags.rule')}</dt>
            <dd>{rule}</dd>
          </div>
        )}
        <div>
          <dt>{t('flags.level')}</dt>
          <dd>
            <SignalMark level={flag.level} />
          </dd>
        </div>
        <div>
          <dt>{t('flags.state')}</dt>
          <dd>
            <Tag data-color={flag.state === 'ny' ? 'warning' : flag.state === 'bekreftet' ? 'info' : 'neutral'} data-size="sm">
              {t(`flagState.${flag.state}`)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('flags.detected')}</dt>
          <dd>{format.date(dateOfTimestamp(flag.detectedAt))}</dd>
        </div>
        {flag.decidedAt && (
          <div>
            <dt>{t('flags.decided')}</dt>
            <dd>
              {flag.decidedBy
                ? t('flags.decidedByOn', { name: flag.decidedBy, date: format.date(dateOfTimestamp(flag.decidedAt)) })
                : format.date(dateOfTimestamp(flag.decidedAt))}
            </dd>
          </div>
        )}
        {(flag.reason || flag.reasonCode) && (
          <div>
            <dt>{t('flags.reason')}</dt>
            <dd>{flag.reasonCode ? t(`flags.reasonCode.${flag.reasonCode}`) : flag.reason}</dd>
          </div>
        )}
        {flag.reviewOn && (
          <div>
            <dt>{t('flags.reviewOn')}</dt>
            <dd>{format.date(flag.reviewOn)}</dd>
          </div>
        )}
      </dl>
      {mayDecide && actions.length > 0 && deciding === null && !openingCase && !openingAvklaring && (
        <div className="button-row">
          {actions.map((kind) => (
            <Button
              key={kind}
              variant={kind === 'avvis' ? 'secondary' : 'primary'}
              data-size="sm"
              ref={(element) => {
                buttonRefs.current[kind] = element;
              }}
              aria-describedby={headingId}
              onClick={() => setDeciding(kind)}
            >
              {t(`flags.action.${kind}`)}
            </Button>
          ))}
          {student && (
            <Button variant="secondary" data-size="sm" ref={openCaseRef} aria-describedby={headingId} onClick={() => setOpeningCase(true)}>
              {t('cases.open.fromFlag')}
            </Button>
          )}
          {/* A clarification meeting with OT is a rare, serious step: offered once a person has confirmed the concern, not beside every new flag. */}
          {student && flag.state === 'bekreftet' && (
            <Button variant="secondary" data-size="sm" ref={openAvklaringRef} aria-describedby={headingId} onClick={() => setOpeningAvklaring(true)}>
              {t('otAvklaring.open.button')}
            </Button>
          )}
        </div>
      )}
      {student && openingCase && (
        <OpenCaseForm
          student={student}
          flag={flag}
          headingLevel={5}
          onCancel={() => {
            setOpeningCase(false);
            requestAnimationFrame(() => openCaseRef.current?.focus());
          }}
        />
      )}
      {student && openingAvklaring && (
        <OpenAvklaringForm
          studentId={student.id}
          flag={flag}
          headingLevel={5}
          onCancel={() => {
            setOpeningAvklaring(false);
            requestAnimationFrame(() => openAvklaringRef.current?.focus());
          }}
        />
      )}
      {deciding && (
        <FlagDecisionForm
          flag={flag}
          kind={deciding}
          ruleText={name}
          onCancel={() => cancel(deciding)}
          onDecided={() => {
            setDeciding(null);
            onDecided(deciding, flag.ruleCode);
          }}
        />
      )}
    </article>
  );
}
