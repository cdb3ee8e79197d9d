import { Alert, Button, Dialog, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Plan } from '../../../../shared/case-api';
import { signatoryRoles, staffRecordedSignatureMethods, type SignatoryRole } from '../../../../domain/plans/plan-versions';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { useFormat } from '../../../i18n/format';
import { isIsoDate, todayInNorway } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { useSignPlan } from '../api/use-plan-changes';

type Row = { key: number; name: string; role: SignatoryRole; method: (typeof staffRecordedSignatureMethods)[number]; signedOn: string };
type RowProblem = { name?: 'missing' | 'duplicate'; signedOn?: 'missing' | 'future' };

/**
 * Recording signatures on a version: who signed (the student, guardians, the school, others),
 * and whether in Varde or on paper, on which day. From the first signature the version is
 * locked; more signatures may be added later (a guardian who signs the next day).
 */
export function SignDialog({
  open,
  detail,
  plan,
  version,
  onClose,
  onSigned,
}: {
  open: boolean;
  detail: CaseDetail;
  plan: Plan;
  version: Plan['versions'][number];
  onClose: () => void;
  onSigned: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useSession();
  const today = todayInNorway();
  const nextKey = useRef(1);
  const [rows, setRows] = useState<Row[]>([]);
  const [problems, setProblems] = useState<Record<number, RowProblem>>({});
  const [noRows, setNoRows] = useState(false);
  const sign = useSignPlan();
  const failure = isApiFailure(sign.error) ? sign.error : null;
  const kindName = t(`planKind.${plan.kind}`);
  const rowId = (key: number, field: string) => `${id}-${key}-${field}`;

  const addRow = (name: string, role: SignatoryRole) => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, name, role, method: 'i_varde', signedOn: today }]);
    setNoRows(false);
    requestAnimationFrame(() => document.getElementById(rowId(key, name ? 'method-i_varde' : 'name'))?.focus());
  };
  const setRow = (key: number, patch: Partial<Row>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById(`${id}-add-student`)?.focus());
  };
  const has = (name: string, role: SignatoryRole) =>
    rows.some((r) => r.role === role && r.name === name) || version.signatures.some((s) => s.role === role && s.name === name);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sign.isPending) return;
    if (rows.length === 0) {
      setNoRows(true);
      document.getElementById(`${id}-add-student`)?.focus();
      return;
    }
    const found: Record<number, RowProblem> = {};
    // One signature per person and role (addSignatures in plan-versions.ts, as the server checks).
    const seen = new Set(version.signatures.map((s) => `${s.role}:${s.name.toLocaleLowerCase('nb')}`));
    for (const row of rows) {
      const problem: RowProblem = {};
      const key = `${row.role}:${row.name.trim().toLocaleLowerCase('nb')}`;
      if (!row.name.trim()) problem.name = 'missing';
      else if (seen.has(key)) problem.name = 'duplicate';
      seen.add(key);
      if (!isIsoDate(row.signedOn)) problem.signedOn = 'missing';
      else if (row.signedOn > today) problem.signedOn = 'future';
      if (problem.name || problem.signedOn) found[row.key] = problem;
    }
    setProblems(found);
    const first = rows.find((r) => found[r.key]);
    if (first) return document.getElementById(rowId(first.key, found[first.key]!.name ? 'name' : 'date'))?.focus();

    const signatures = rows.map((r) => ({ name: r.name.trim(), role: r.role, method: r.method, signedOn: r.signedOn }));
    sign.mutate(
      { planId: plan.id, version: version.version, body: { signatures } },
      {
        onSuccess: () => {
          setRows([]);
          onSigned(t('plans.sign.done', { kind: kindName, version: version.version, count: signatures.length }));
        },
      },
    );
  };

  const signedAlready = version.signatures.length > 0;

  return (
    <Dialog open={open} onClose={onClose} closeButton={t('plans.sign.close')} aria-labelledby={`${id}-heading`} className="sign-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('plans.sign.heading', { kind: kindName, version: version.version })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={onSubmit} noValidate className="stack">
          <Alert data-color="warning">
            <Paragraph>{signedAlready ? t('plans.sign.moreSignatures') : t('plans.sign.locks', { version: version.version })}</Paragraph>
            <Paragraph>{t('plans.sign.changeMakesVersion')}</Paragraph>
          </Alert>
          {signedAlready && (
            <Paragraph data-size="sm">
              {t('plans.sign.signedBy', {
                names: format.list(version.signatures.map((s) => t('plans.signatureShort', { name: s.name, role: t(`signatoryRole.${s.role}`) }))),
              })}
            </Paragraph>
          )}

          <Fieldset>
            <Fieldset.Legend>{t('plans.sign.who')}</Fieldset.Legend>
            <Fieldset.Description>{t('plans.sign.whoHelp')}</Fieldset.Description>
            {noRows && (
              <div>
                <ValidationMessage>{t('plans.sign.noRows')}</ValidationMessage>
              </div>
            )}
            <div className="button-row">
              <Button id={`${id}-add-student`} type="button" variant="secondary" data-size="sm" disabled={has(detail.student.name, 'elev')} onClick={() => addRow(detail.student.name, 'elev')}>
                {t('plans.sign.addStudent', { name: detail.student.name })}
              </Button>
              {detail.guardians.map((g) => (
                <Button key={g.id} type="button" variant="secondary" data-size="sm" disabled={has(g.name, 'foresatt')} onClick={() => addRow(g.name, 'foresatt')}>
                  {t('plans.sign.addGuardian', { name: g.name })}
                </Button>
              ))}
              <Button type="button" variant="secondary" data-size="sm" disabled={has(session.name, 'skole')} onClick={() => addRow(session.name, 'skole')}>
                {t('plans.sign.addMe', { name: session.name })}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => addRow('', 'annen')}>
                {t('plans.sign.addOther')}
              </Button>
            </div>
          </Fieldset>

          {rows.map((row, index) => {
            const problem = problems[row.key] ?? {};
            return (
              <Fieldset key={row.key} className="plan-row">
                <Fieldset.Legend>{t('plans.sign.rowLegend', { n: index + 1, name: row.name || t('plans.sign.unnamed') })}</Fieldset.Legend>
                <div className="plan-dates">
                  <Textfield
                    id={rowId(row.key, 'name')}
                    label={t('plans.sign.name')}
                    required
                    maxLength={200}
                    value={row.name}
                    onChange={(event) => setRow(row.key, { name: event.target.value })}
                    error={problem.name === 'missing' ? t('plans.sign.nameMissing') : problem.name === 'duplicate' ? t('plans.sign.duplicate') : undefined}
                  />
                  <Field>
                    <Label htmlFor={rowId(row.key, 'role')}>{t('plans.sign.role')}</Label>
                    <Select id={rowId(row.key, 'role')} width="auto" value={row.role} onChange={(event) => setRow(row.key, { role: event.target.value as SignatoryRole })}>
                      {signatoryRoles.map((role) => (
                        <Select.Option key={role} value={role}>
                          {t(`signatoryRole.${role}`)}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                  <Textfield
                    id={rowId(row.key, 'date')}
                    type="date"
                    label={t('plans.sign.signedOn')}
                    required
                    max={today}
                    value={row.signedOn}
                    onChange={(event) => setRow(row.key, { signedOn: event.target.value })}
                    error={problem.signedOn === 'missing' ? t('plans.sign.dateMissing') : problem.signedOn === 'future' ? t('plans.sign.dateFuture') : undefined}
                  />
                </div>
                <Fieldset data-size="sm">
                  <Fieldset.Legend>{t('plans.sign.method')}</Fieldset.Legend>
                  <div className="choice-row">
                    {staffRecordedSignatureMethods.map((method) => (
                      <Radio
                        key={method}
                        id={rowId(row.key, `method-${method}`)}
                        name={rowId(row.key, 'method')}
                        value={method}
                        label={t(`signatureMethod.${method}`)}
                        checked={row.method === method}
                        onChange={() => setRow(row.key, { method })}
                      />
                    ))}
                  </div>
                </Fieldset>
                <div>
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => removeRow(index)}>
                    {t('plans.sign.remove', { name: row.name || t('plans.sign.unnamed') })}
                  </Button>
                </div>
              </Fieldset>
            );
          })}

          {sign.isError && (
            <Alert data-color={failure?.code === 'conflict' || failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
              {failure?.code === 'conflict' ? (
                // The server refuses a second signature by the same person, and a version that is no longer the newest.
                <Paragraph>{/already signed/i.test(failure.message) ? t('plans.sign.duplicate') : t('plans.sign.conflict')}</Paragraph>
              ) : failure?.code === 'forbidden' ? (
                <Paragraph>{t('plans.sign.forbidden')}</Paragraph>
              ) : (
                <ApiErrorText error={sign.error} />
              )}
            </Alert>
          )}
          <div className="button-row">
            <Button type="submit" loading={sign.isPending} aria-disabled={sign.isPending || undefined}>
              {sign.isPending ? t('plans.sign.saving') : t('plans.sign.submit', { count: rows.length })}
            </Button>
            <Button type="button" variant="tertiary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
