import { describe, expect, it } from 'vitest';
import { utcToZonedInput, zonedTimeToUtc } from '@/lib/time';

describe('zonedTimeToUtc', () => {
  it('reads a wall-clock time in the portal time zone', () => {
    expect(zonedTimeToUtc('2026-11-25T09:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-11-25T01:30:00.000Z');
    expect(zonedTimeToUtc('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(zonedTimeToUtc('2026-01-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(zonedTimeToUtc('2026-03-08T01:30', 'America/New_York')?.toISOString()).toBe('2026-03-08T06:30:00.000Z');
  });
  it('moves a time skipped by daylight saving to just after the change', () => {
    // 02:30 does not exist in New York on 8 March 2026.
    const t = zonedTimeToUtc('2026-03-08T02:30', 'America/New_York');
    expect(t?.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
  it.each(['2026-02-30T10:00', '2026-11-25T24:00', '0000-01-01T00:00', '2026-11-25', '', 'tomorrow', '2026-11-25T10:00:00Z'])(
    'refuses %s',
    (text) => {
      expect(zonedTimeToUtc(text, 'Asia/Shanghai')).toBeNull();
    },
  );
  it('round-trips through the input format', () => {
    const d = new Date('2026-11-25T01:30:00Z');
    expect(utcToZonedInput(d, 'Asia/Shanghai')).toBe('2026-11-25T09:30');
    expect(zonedTimeToUtc(utcToZonedInput(d, 'Asia/Shanghai'), 'Asia/Shanghai')?.getTime()).toBe(d.getTime());
  });
});
