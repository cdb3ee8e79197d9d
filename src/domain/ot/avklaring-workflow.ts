/**
 * The clarification meeting with OT (avklaringssamtale, issue 12) as a case of kind `ot_avklaring`:
 * its grounds, its three steps, what the school prepares before the meeting, and the tasks and
 * deadlines that carry it (docs/ot.md walks through it with the seed's words).
 *
 * - forebuing: the case is discussed in the resource team, the OT advisor is contacted to agree a
 *   time, the student (and guardians under 18) are summoned in writing and by phone/SMS, the others
 *   invited, and "Opplysingar om eleven" is filled in;
 * - samtale: a meeting is summoned and waits to be held (its deadline is the meeting day);
 * - avtale: the meeting is held and the agreement signed, or the school decided with OT not to
 *   summon again after a no-show. The case closes when the student stays, or is written out and
 *   handed to OT (outcome `overfort_ot`).
 *
 * The seed gives no deadline for holding the meeting; Varde holds the school to ten school days
 * from opening (two weeks: time to book OT), and ten more to close once the agreement exists.
 */
import { addSchoolDays, type IsoDate, type SchoolCalendar } from '../school-calendar.js';

/** The seed's two occasions: risk of dropping out where OT/PPT may help, and certain to leave. */
export const avklaringGrounds = ['fare_for_avbrot', 'sikker_slutt'] as const;
export type AvklaringGround = (typeof avklaringGrounds)[number];

export const avklaringSteps = ['forebuing', 'samtale', 'avtale'] as const;
export type AvklaringStep = (typeof avklaringSteps)[number];

export const avklaringTaskKinds = ['forbered_avklaringssamtale', 'hold_avklaringssamtale', 'kall_inn_ny_avklaringssamtale', 'avslutt_avklaring'] as const;
export type AvklaringTaskKind = (typeof avklaringTaskKinds)[number];

export const preparationSchoolDays = 10;
export const closingSchoolDays = 10;
/** A new meeting after a no-show where it is unclear whether the student leaves: within a week. */
export const newMeetingSchoolDays = 5;

/** The school's duties before the meeting, in the seed's order. */
export const preparationItems = ['ressursteam', 'ot_kontakta', 'innkalling_sendt', 'telefon_sms', 'deltakarar_invitert', 'opplysingar_utfylt'] as const;
export type PreparationItem = (typeof preparationItems)[number];

/**
 * What must be done before a meeting may be summoned: OT has agreed the time, and the form's
 * "Opplysingar om eleven" exists for the meeting to start from. The resource team ("bør drøftast")
 * and the phone contact are what the seed recommends: shown, not required.
 */
export const requiredBeforeSummons = ['ot_kontakta', 'opplysingar_utfylt'] as const satisfies readonly PreparationItem[];

export type PreparationState = Record<PreparationItem, boolean>;

export function missingBeforeSummons(state: PreparationState): PreparationItem[] {
  return requiredBeforeSummons.filter((item) => !state[item]);
}

export function stepDueOn(calendar: SchoolCalendar, step: AvklaringStep, startedOn: IsoDate, meetingOn?: IsoDate): IsoDate {
  switch (step) {
    case 'forebuing':
      return addSchoolDays(calendar, startedOn, preparationSchoolDays);
    case 'samtale':
      if (!meetingOn) throw new Error('A summoned meeting has a day');
      return meetingOn;
    case 'avtale':
      return addSchoolDays(calendar, startedOn, closingSchoolDays);
  }
}

export const avklaringStepTask: Record<AvklaringStep, AvklaringTaskKind> = {
  forebuing: 'forbered_avklaringssamtale',
  samtale: 'hold_avklaringssamtale',
  avtale: 'avslutt_avklaring',
};
