import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, ERROR_CODES, ERROR_KINDS, errorKind, ForbiddenError, isErrorCode, ValidationError } from '@/lib/errors';
import { InvalidInput, issueError } from '@/lib/forms';
import { errorText } from '@/lib/i18n/errors';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import { z } from 'zod';

describe('error codes', () => {
  it('have a message in both languages, and the catalogs no other', () => {
    const codes = Object.keys(ERROR_CODES).sort();
    expect(Object.keys(en.errorCodes).sort()).toEqual(codes);
    expect(Object.keys(zh.errorCodes).sort()).toEqual(codes);
    for (const code of codes) expect(Object.keys(ERROR_KINDS)).toContain(ERROR_CODES[code as keyof typeof ERROR_CODES]);
  });

  it('are put into words with the values the error carries, in either language', () => {
    expect(errorText('too_long', { max: 200 })).toBe('Use at most 200 characters.');
    expect(errorText('too_long', { max: 200 }, 'zh')).toBe('最多 200 个字符。');
    expect(errorText('name_required', { field: 'nameZh' })).toBe('Name in Chinese is required.');
    expect(errorText('name_too_long', { field: 'nameEn', max: 80 }, 'zh')).toBe('英文名称最多80个字符。');
    expect(errorText('stale_version', { name: 'Ann', version: 4 })).toMatch(/^Ann saved a newer version \(4\)/);
  });

  it('carry the code, not a sentence, and a kind that gives the status', () => {
    const error = new ValidationError('category_missing');
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('category_missing');
    expect(error.status).toBe(400);
    expect(new ForbiddenError().code).toBe('forbidden');
    expect(new ConflictError('stale_version', { name: 'Ann' }).params).toEqual({ name: 'Ann' });
    expect(new InvalidInput({ title: [{ code: 'required', params: {} }] }).kind).toBe('validation');
    expect(errorKind('self_approval')).toBe('forbidden');
    expect(errorKind('schedule_error')).toBe('internal');
    expect(isErrorCode('stale')).toBe(true);
    expect(isErrorCode('The scheduled version is no longer the approved one.')).toBe(false);
  });

  it('come from zod issues: a code a schema names, or one for the kind of issue', () => {
    const schema = z.object({
      name: z.string().min(1).max(5),
      list: z.array(z.string()).max(1),
      kind: z.string().regex(/^a$/, { message: 'meeting_kind' }),
      n: z.number(),
    });
    const parsed = schema.safeParse({ name: '', list: ['a', 'b'], kind: 'b', n: 'x' });
    expect(parsed.error!.issues.map(issueError)).toEqual([
      { code: 'required', params: {} },
      { code: 'too_many', params: { max: 1 } },
      { code: 'meeting_kind', params: {} },
      { code: 'invalid', params: {} },
    ]);
    expect(issueError(schema.safeParse({ name: 'toolong', list: [], kind: 'a', n: 1 }).error!.issues[0])).toEqual({ code: 'too_long', params: { max: 5 } });
  });
});
