import { parseUkLocalTime } from './uk-local-time';

describe('parseUkLocalTime', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    expect(parseUkLocalTime('15/01/2026 09:30')?.utcMs).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(parseUkLocalTime('03/07/2017 06:03')).toEqual({
      utcMs: Date.UTC(2017, 6, 3, 5, 3),
      sourceTimeZone: 'Europe/London',
    });
  });

  it('crosses the clock changes correctly', () => {
    // 2026: BST starts 29 March 01:00 UTC, ends 25 October 01:00 UTC.
    expect(parseUkLocalTime('29/03/2026 00:59')?.utcMs).toBe(Date.UTC(2026, 2, 29, 0, 59));
    expect(parseUkLocalTime('29/03/2026 02:00')?.utcMs).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(parseUkLocalTime('25/10/2026 00:30')?.utcMs).toBe(Date.UTC(2026, 9, 24, 23, 30));
    expect(parseUkLocalTime('25/10/2026 01:30')?.utcMs).toBe(Date.UTC(2026, 9, 25, 1, 30));
    expect(parseUkLocalTime('25/10/2026 02:00:15')?.utcMs).toBe(Date.UTC(2026, 9, 25, 2, 0, 15));
  });

  it('refuses what is not a dd/MM/yyyy HH:mm time', () => {
    for (const text of [
      '2026-01-15 09:30',
      '31/02/2026 10:00',
      '15/01/2026 24:00',
      '15/01/2026 9:30',
    ]) {
      expect(parseUkLocalTime(text)).toBeUndefined();
    }
  });
});
