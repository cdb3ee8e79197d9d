/** The registration page's addresses: my lessons of a day, a lesson's register, a class's whole day. */
const base = '/registrering';

function withParams(params: Record<string, string | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null) query.set(key, value);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** Today is left out of the address, so a bookmark opens today's lessons. */
const dateParam = (date: string, today: string) => (date === today ? null : date);

export const myLessonsPath = (date: string, today: string) => withParams({ dato: dateParam(date, today) });
export const lessonPath = (groupId: string, date: string, today: string, lessonNumber: number) =>
  withParams({ gruppe: groupId, dato: dateParam(date, today), time: String(lessonNumber) });
export const dayRegisterPath = (groupId: string, date: string, today: string) => withParams({ klasse: groupId, dato: dateParam(date, today) });
