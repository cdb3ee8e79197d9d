import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WheelScope } from '../../../../domain/leadership/wheel-activities';
import type { RoleCode } from '../../../../domain/vocabulary';
import type { WheelEntryView, WheelView } from '../../../../shared/leadership-api';
import { ApiErrorText } from '../../../components/api-error-alert';
import { DateField } from '../../../components/date-field';
import { LiveStatus } from '../../../components/live-status';
import { useChangeWheel, useRecordWheelActivity } from '../api/use-leadership';
import type { WheelEditBody } from '../api/leadership-client';
import { wheelChangeRefusal } from '../wheel-problem';

/** The roles a school names in its map: those who do the wheel's work. */
export const mapRoles = ['kontaktlaerer', 'faglaerer', 'radgiver', 'skoleleder', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut'] as const satisfies readonly RoleCode[];

/** One change to the map, sent with the version the reader saw, and what came of it. */
function useWheelChange(wheel: WheelView) {
  const mutation = useChangeWheel(wheel.school.id);
  const [saved, setSaved] = useState<string | null>(null);
  return {
    mutation,
    saved,
    send: (edit: WheelEditBody, savedText: string, onDone?: () => void) => {
      setSaved(null);
      mutation.mutate(
        { baseVersion: wheel.version, edit },
        {
          onSuccess: () => {
            setSaved(savedText);
            onDone?.();
          },
        },
      );
    },
  };
}

/** Under the form: saved (announced), or refused in words — someone else changed the map, or what is wrong with the change. */
function ChangeOutcome({ change, schoolId }: { change: ReturnType<typeof useWheelChange>; schoolId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refusal = wheelChangeRefusal(change.mutation.error);
  return (
    <>
      <LiveStatus>{change.saved && !change.mutation.isPending ? change.saved : null}</LiveStatus>
      {refusal && (
        <Alert data-color={refusal.kind === 'other' ? 'danger' : 'warning'} role="alert" className="stack stack--tight">
          {refusal.kind === 'stale' ? (
            <>
              <Paragraph>{t('leadership.wheel.stale')}</Paragraph>
              <div>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    change.mutation.reset();
                    void queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'wheel'] });
                  }}
                >
                  {t('leadership.wheel.reload')}
                </Button>
              </div>
            </>
          ) : refusal.kind === 'problem' ? (
            <Paragraph>{t(`leadership.wheel.problem.${refusal.problem}`)}</Paragraph>
          ) : (
            <ApiErrorText error={change.mutation.error} />
          )}
        </Alert>
      )}
    </>
  );
}

/** Rektor's changes to one activity: move its date (or back to the wheel's), leave it out or restore it. */
export function ActivityEditor({ entry, wheel, activityName }: { entry: WheelEntryView; wheel: WheelView; activityName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(entry.dueOn);
  const change = useWheelChange(wheel);
  const pending = change.mutation.isPending;
  return (
    <>
      <Button variant="tertiary" data-size="sm" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen(!open)}>
        {t('leadership.wheel.edit', { activity: activityName })}
      </Button>
      <div id={`${id}-panel`} hidden={!open} className="leadership-form stack stack--tight">
        {open && (
          <>
            {!entry.removed && (
              <form
                className="picker-row"
                onSubmit={(event) => {
                  event.preventDefault();
                  change.send({ kind: 'flytt', activity: entry.key, to }, t('leadership.wheel.saved.flytt', { activity: activityName }));
                }}
              >
                <DateField id={`${id}-to`} label={t('leadership.wheel.newDate', { activity: activityName })} value={to} onChange={setTo} />
                <Button type="submit" variant="secondary" data-size="sm" loading={pending}>
                  {t('leadership.wheel.move')}
                </Button>
              </form>
            )}
            <div className="button-row">
              {!entry.removed && entry.requestedOn && (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={pending}
                  onClick={() => change.send({ kind: 'tilbakestill', activity: entry.key }, t('leadership.wheel.saved.tilbakestill', { activity: activityName }))}
                >
                  {t('leadership.wheel.reset')}
                </Button>
              )}
              {entry.removed ? (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={pending}
                  onClick={() => change.send({ kind: 'gjenopprett', activity: entry.key }, t('leadership.wheel.saved.gjenopprett', { activity: activityName }))}
                >
                  {t('leadership.wheel.restore')}
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={pending}
                  onClick={() => change.send({ kind: 'fjern', activity: entry.key }, t('leadership.wheel.saved.fjern', { activity: activityName }))}
                >
                  {t('leadership.wheel.leaveOut')}
                </Button>
              )}
            </div>
          </>
        )}
        <ChangeOutcome change={change} schoolId={wheel.school.id} />
      </div>
    </>
  );
}

/** An activity only a person can tell is done: recorded with the day and what was found and decided. */
export function RecordDoneForm({ entry, wheel, activityName }: { entry: WheelEntryView; wheel: WheelView; activityName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [classId, setClassId] = useState(entry.classes[0]?.classId ?? wheel.classes[0]?.id ?? '');
  const [doneOn, setDoneOn] = useState(wheel.today);
  const [decisions, setDecisions] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const record = useRecordWheelActivity(wheel.school.id);
  const perClass = entry.scope === 'klasse';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    record.mutate(
      { activity: entry.key, classId: perClass ? classId : null, doneOn, decisions: decisions.trim() },
      {
        onSuccess: () => {
          setSaved(t('leadership.wheel.recordSaved', { activity: activityName }));
          setDecisions('');
          setOpen(false);
        },
      },
    );
  };
  return (
    <>
      <Button variant="secondary" data-size="sm" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        {t('leadership.wheel.recordDone', { activity: activityName })}
      </Button>
      <LiveStatus>{saved}</LiveStatus>
      <div id={`${id}-form`} hidden={!open}>
        {open && (
          <form onSubmit={onSubmit} className="leadership-form stack stack--tight">
            {perClass && (
              <Field data-size="sm">
                <Label htmlFor={`${id}-class`}>{t('leadership.columns.class')}</Label>
                <Select id={`${id}-class`} width="auto" value={classId} onChange={(event) => setClassId(event.target.value)}>
                  {wheel.classes.map((c) => (
                    <Select.Option key={c.id} value={c.id}>
                      {c.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
            <DateField id={`${id}-done`} label={t('leadership.wheel.doneOn')} value={doneOn} onChange={setDoneOn} required />
            <Textfield
              id={`${id}-decisions`}
              multiline
              rows={3}
              maxLength={4000}
              label={t('leadership.wheel.decisions')}
              description={t('leadership.wheel.decisionsHelp')}
              value={decisions}
              onChange={(event) => setDecisions(event.target.value)}
            />
            {record.isError && (
              <Alert data-color="danger" role="alert">
                <ApiErrorText error={record.error} />
              </Alert>
            )}
            <div className="button-row">
              <Button type="submit" data-size="sm" loading={record.isPending}>
                {t('leadership.wheel.saveRecord')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </>
  );
}

/** The school's own activity: a title, for the school or per class, who does it, and when. */
export function AddActivityForm({ wheel }: { wheel: WheelView }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState<WheelScope>('skole');
  const [roles, setRoles] = useState<RoleCode[]>(['skoleleder']);
  const [dueOn, setDueOn] = useState(wheel.today);
  const [titleMissing, setTitleMissing] = useState(false);
  const titleRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const change = useWheelChange(wheel);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    setTitleMissing(false);
    change.send({ kind: 'legg_til', activity: { title: title.trim(), scope, roles, dueOn } }, t('leadership.wheel.saved.legg_til', { activity: title.trim() }), () => setTitle(''));
  };
  return (
    <form onSubmit={onSubmit} className="leadership-form stack stack--tight" aria-labelledby={`${id}-heading`} noValidate>
      <Heading level={4} data-size="2xs" id={`${id}-heading`}>
        {t('leadership.wheel.add.heading')}
      </Heading>
      <Textfield
        ref={titleRef}
        id={`${id}-title`}
        label={t('leadership.wheel.add.title')}
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={titleMissing ? t('leadership.wheel.add.titleMissing') : undefined}
      />
      <Fieldset>
        <Fieldset.Legend>{t('leadership.wheel.add.scope')}</Fieldset.Legend>
        {(['skole', 'klasse'] as const).map((value) => (
          <Radio key={value} name={`${id}-scope`} value={value} label={t(`leadership.wheel.scope.${value}`)} checked={scope === value} onChange={() => setScope(value)} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('leadership.wheel.add.roles')}</Fieldset.Legend>
        {mapRoles.map((role) => (
          <Checkbox
            key={role}
            id={`${id}-role-${role}`}
            label={t(`role.${role}`)}
            checked={roles.includes(role)}
            onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
          />
        ))}
      </Fieldset>
      <DateField id={`${id}-due`} label={t('leadership.wheel.add.dueOn')} value={dueOn} onChange={setDueOn} required />
      <div>
        <Button type="submit" data-size="sm" loading={change.mutation.isPending}>
          {t('leadership.wheel.add.submit')}
        </Button>
      </div>
      <ChangeOutcome change={change} schoolId={wheel.school.id} />
    </form>
  );
}

/** The responsibility map: who is named for a role, for the school or a class. */
export function NamePeopleForm({ wheel }: { wheel: WheelView }) {
  const { t } = useTranslation();
  const id = useId();
  const [role, setRole] = useState<RoleCode>('kontaktlaerer');
  const [classId, setClassId] = useState<string>(wheel.classes[0]?.id ?? '');
  return (
    <div className="leadership-form stack stack--tight">
      <Heading level={4} data-size="2xs" id={`${id}-heading`}>
        {t('leadership.wheel.name.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('leadership.wheel.name.intro')}</Paragraph>
      <div className="picker-row">
        <Field data-size="sm">
          <Label htmlFor={`${id}-role`}>{t('leadership.wheel.name.role')}</Label>
          <Select id={`${id}-role`} width="auto" value={role} onChange={(event) => setRole(event.target.value as RoleCode)}>
            {mapRoles.map((r) => (
              <Select.Option key={r} value={r}>
                {t(`role.${r}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label htmlFor={`${id}-class`}>{t('leadership.wheel.name.where')}</Label>
          <Select id={`${id}-class`} width="auto" value={classId} onChange={(event) => setClassId(event.target.value)}>
            <Select.Option value="">{t('leadership.implementation.wholeSchool')}</Select.Option>
            {wheel.classes.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {/* A new role or class starts from the people named for it now. */}
      <ChoosePeople key={`${role}:${classId}`} wheel={wheel} role={role} classId={classId || null} />
    </div>
  );
}

function ChoosePeople({ wheel, role, classId }: { wheel: WheelView; role: RoleCode; classId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const named = wheel.named.find((n) => n.role === role && n.classId === classId)?.staff.map((s) => s.id) ?? [];
  const [chosen, setChosen] = useState<string[]>(named);
  const change = useWheelChange(wheel);
  const where = classId ? (wheel.classes.find((c) => c.id === classId)?.name ?? '') : t('leadership.implementation.wholeSchool');
  // Those who hold the role come first; anyone at the school may be named.
  const staff = [...wheel.staff].sort((a, b) => Number(b.roles.includes(role)) - Number(a.roles.includes(role)) || a.name.localeCompare(b.name, 'nb'));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.send({ kind: 'navngi', role, classId, staffIds: chosen }, t('leadership.wheel.saved.navngi', { role: t(`role.${role}`), where }));
      }}
      className="stack stack--tight"
    >
      <Fieldset>
        <Fieldset.Legend>{t('leadership.wheel.name.people', { role: t(`role.${role}`), where })}</Fieldset.Legend>
        <Fieldset.Description>{t('leadership.wheel.name.peopleHelp')}</Fieldset.Description>
        <div className="leadership-people-grid">
          {staff.map((s) => (
            <Checkbox
              key={s.id}
              id={`${id}-${s.id}`}
              label={s.name}
              description={s.roles.map((r) => t(`role.${r}`)).join(', ')}
              checked={chosen.includes(s.id)}
              onChange={(event) => setChosen(event.target.checked ? [...chosen, s.id] : chosen.filter((x) => x !== s.id))}
            />
          ))}
        </div>
      </Fieldset>
      <div>
        <Button type="submit" data-size="sm" loading={change.mutation.isPending}>
          {t('leadership.wheel.name.submit')}
        </Button>
      </div>
      <ChangeOutcome change={change} schoolId={wheel.school.id} />
    </form>
  );
}
