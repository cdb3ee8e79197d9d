/**
 * A student is at the school on a day until the day they were written out (students.left_on, issue
 * 12): from then on, registers and class lists leave them out. A written-out student's history stays.
 */
import { gt, isNull, or } from 'drizzle-orm';
import { students } from '../db/schema.js';

export const stillAtSchoolOn = (date: string) => or(isNull(students.leftOn), gt(students.leftOn, date));
