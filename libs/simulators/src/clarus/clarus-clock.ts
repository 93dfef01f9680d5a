/**
 * Clarus writes timestamps as ISO-8601 local time with the warehouse's UTC offset
 * (`2026-11-20T10:35:00+01:00`) [ASSUMED]; the offset is what edge keeps as sourceTimeZone.
 */
export function clarusTimestamp(at: Date, utcOffset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (!match) throw new RangeError(`not a UTC offset: ${utcOffset}`);
  const sign = match[1] === '-' ? -1 : 1;
  const offsetMs = sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  const local = new Date(at.getTime() + offsetMs).toISOString().slice(0, 19);
  return `${local}${utcOffset}`;
}
