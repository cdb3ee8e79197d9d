/**
 * A student is at the school on a day until the day they were written out (students.left_on, issue
 * 12): from then on, registers and class lists leave them out. A written-out student's history stays.
 * In the same way a student is in a class or group until its membership ends (`ends_on`, the day
 * before a skolebytte, docs/decisions/023): the former school's registers keep them until then.
 */
import { gt, gte, isNull, or } from 'drizzle-orm';
import { groupMemberships, students } from '../db/schema.js';

export const stillAtSchoolOn = (date: string) => or(isNull(students.leftOn), gt(students.leftOn, date));

/** The membership has not ended by this day. */
export const memberOn = (date: string) => or(isNull(groupMemberships.endsOn), gte(groupMemberships.endsOn, date));
