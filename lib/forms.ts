import type { z } from 'zod';
import { isErrorCode, ValidationError, type ErrorCode, type ErrorParams } from '@/lib/errors';

/**
 * The state every action returns (STYLE.md rule 22). Messages are in the user's language
 * already; `error` names the failure for forms that react to a particular one (a save
 * conflict), and `data` is what a success gives back (the saved version).
 */
export type FormState<T = Record<string, unknown>, D = undefined> = {
  status: 'idle' | 'error' | 'success';
  message?: string;
  error?: { code: ErrorCode; params: ErrorParams };
  fieldErrors?: Partial<Record<keyof T & string, string[]>>;
  values?: Partial<T>;
  data?: D;
};

/** A failure of one field, by code; the action puts it into words. */
export type FieldError = { code: ErrorCode; params: ErrorParams };

/**
 * The code of a zod issue: the one a schema gives as its message, else one for the kind of
 * issue, with the limit the message names.
 */
export function issueError(issue: z.core.$ZodIssue): FieldError {
  const params = (issue as { params?: ErrorParams }).params ?? {};
  if (isErrorCode(issue.message)) return { code: issue.message, params };
  if (issue.code === 'too_big') return { code: issue.origin === 'array' ? 'too_many' : 'too_long', params: { max: Number(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'required', params: {} };
  return { code: 'invalid', params: {} };
}

/** The errors of a parse by field (the first segment of each issue's path), in order. */
export function fieldErrors(error: z.ZodError): Record<string, FieldError[]> {
  const out: Record<string, FieldError[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    (out[field] ??= []).push(issueError(issue));
  }
  return out;
}

/** The first error at each path ("speeches.0.title"), for nested data such as a meeting. */
export function pathErrors(error: z.ZodError, root: string): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) out[issue.path.join('.') || root] ??= issueError(issue);
  return out;
}

/** Input refused field by field: the action marks the fields and asks to correct them. */
export class InvalidInput extends ValidationError {
  constructor(readonly fields: Record<string, FieldError[]>) {
    super('invalid_fields');
    this.name = 'InvalidInput';
  }
}
