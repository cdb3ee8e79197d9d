/**
 * The tasks the annual wheel gives: for each activity the school keeps, each role responsible for
 * it gets a task due on the activity's date — per class for what is done per class, once for the
 * school otherwise. Who gets it is the responsibility map's answer (the ansvarskart: "hvem gjør
 * hva når"): the people the school named for the role in that class, else those who hold the role
 * in the class (its kontaktlærer, its subject teachers), else the people named for the school, else
 * those who hold the role at the school. A role nobody holds still gives a task, with nobody on
 * it, so that the gap shows on the map instead of the activity vanishing.
 */
import type { IsoDate } from '../school-calendar.js';
import type { RoleCode } from '../vocabulary.js';
import { activeWheel, type WheelEntry } from './build-wheel.js';
import type { WheelMap } from './edit-wheel-map.js';

/** Who holds which role, as the school's data says (the class's kontaktlærer, the school's rådgiver). */
export type RoleHolders = Partial<Record<RoleCode, readonly string[]>>;

export interface WheelClass {
  classId: string;
  holders: RoleHolders;
}

export interface WheelTask {
  activityKey: string;
  /** The class the task is for; null for an activity of the whole school. */
  classId: string | null;
  role: RoleCode;
  /** Null when nobody is named or holds the role: a gap in the responsibility map. */
  staffId: string | null;
  dueOn: IsoDate;
}

function named(map: WheelMap, role: RoleCode, classId: string | null): readonly string[] | undefined {
  return map.people.find((p) => p.role === role && p.classId === classId)?.staffIds;
}

/** The people responsible for a role in a class (or, with no class, for the school), by the map's precedence. */
export function responsiblePeople(map: WheelMap, role: RoleCode, wheelClass: WheelClass | null, school: RoleHolders): readonly string[] {
  const candidates = [
    wheelClass ? named(map, role, wheelClass.classId) : undefined,
    wheelClass?.holders[role],
    named(map, role, null),
    school[role],
  ];
  return candidates.find((people) => people !== undefined && people.length > 0) ?? [];
}

export function assignWheelTasks(input: { wheel: readonly WheelEntry[]; map: WheelMap; classes: readonly WheelClass[]; school: RoleHolders }): WheelTask[] {
  const tasks: WheelTask[] = [];
  for (const entry of activeWheel(input.wheel)) {
    const targets: Array<WheelClass | null> = entry.scope === 'klasse' ? [...input.classes] : [null];
    for (const target of targets) {
      for (const role of entry.roles) {
        const people = responsiblePeople(input.map, role, target, input.school);
        const staffIds = people.length > 0 ? people : [null];
        for (const staffId of staffIds) tasks.push({ activityKey: entry.key, classId: target?.classId ?? null, role, staffId, dueOn: entry.dueOn });
      }
    }
  }
  return tasks;
}
