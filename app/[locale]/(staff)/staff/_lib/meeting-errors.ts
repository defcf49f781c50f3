import 'server-only';
import type { getTranslations } from 'next-intl/server';

type MeetingEditorT = Awaited<ReturnType<typeof getTranslations<'meetingEditor'>>>;

/**
 * Turns the data layer's "field:code[:n]" messages about kind and series names into
 * sentences in the user's language; any other message is shown as it is when it reads as
 * one, and the fallback otherwise.
 */
export function nameErrorMessage(tm: MeetingEditorT, message: string, fallback: string): string {
  const [field, code, n] = message.split(':');
  const which = field === 'nameZh' ? tm('nameZh') : field === 'nameEn' ? tm('nameEn') : field === 'code' ? tm('kindCode') : '';
  if (code === 'required') return tm('errors.nameRequired', { field: which });
  if (code === 'too_long') return tm('errors.nameTooLong', { field: which, max: Number(n) });
  if (code === 'taken') return field === 'code' ? tm('errors.codeTaken') : tm('errors.nameTaken');
  if (code === 'invalid' && field === 'code') return tm('errors.codeInvalid');
  if (code === 'invalid' && field === 'unitId') return tm('errors.unit');
  return message.includes(':') ? fallback : message;
}
