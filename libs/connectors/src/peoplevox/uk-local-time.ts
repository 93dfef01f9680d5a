/** A Peoplevox time: UTC, with the zone its UK wall-clock string was written in. */
export interface PvxTimestamp {
  readonly utcMs: number;
  readonly sourceTimeZone: 'Europe/London';
}

const UK = 'Europe/London';
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * `dd/MM/yyyy HH:mm` (seconds optional), UK local time, to UTC. In the autumn hour that occurs
 * twice the later (GMT) instant is taken; a spring-gap time that never existed is read as GMT.
 * Returns undefined for anything that is not such a time.
 */
export function parseUkLocalTime(text: string): PvxTimestamp | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const calendar = new Date(wall);
  if (calendar.getUTCDate() !== day || calendar.getUTCMonth() !== month - 1) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  // The offset at the wall time read as UTC, then at that first guess, lands on the instant.
  const guess = wall - offsetMs(wall);
  return { utcMs: wall - offsetMs(guess), sourceTimeZone: UK };
}

/** How far UK wall-clock time is ahead of UTC at `utcMs`. */
function offsetMs(utcMs: number): number {
  const parts = Object.fromEntries(
    PARTS.formatToParts(utcMs).map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(
    parts['year'] as number,
    (parts['month'] as number) - 1,
    parts['day'],
    parts['hour'],
    parts['minute'],
    parts['second'],
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}
