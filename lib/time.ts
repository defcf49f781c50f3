// Times typed in the portal's time zone (NEWSROOM_TIME_ZONE), as a datetime-local input
// gives them, converted to instants and back.

/** How far `timeZone` is ahead of UTC at the instant `utcMs`, in milliseconds. */
function zoneOffset(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instant of a wall-clock time "YYYY-MM-DDTHH:mm" in `timeZone`, or null when the text
 * is not such a time (Feb 30, 24:00, year 0). A time skipped by a daylight-saving change
 * resolves to the instant just after the change.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (year < 1970 || year > 9999 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return new Date(Math.max(first, second));
}

/** "YYYY-MM-DDTHH:mm" of an instant in `timeZone`, for a datetime-local input. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + zoneOffset(date.getTime(), timeZone));
  return local.toISOString().slice(0, 16);
}

/** 09:00 tomorrow in `timeZone`, as a datetime-local value: the default time to schedule for. */
export function tomorrowMorning(timeZone: string, now = new Date()): string {
  return `${utcToZonedInput(new Date(now.getTime() + 24 * 3600_000), timeZone).slice(0, 10)}T09:00`;
}
