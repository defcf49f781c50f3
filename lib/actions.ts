import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getViewer } from '@/lib/auth/session';
import { AppError, type ErrorCode, type ErrorParams } from '@/lib/errors';
import { fieldErrors, InvalidInput, type FieldError, type FormState } from '@/lib/forms';
import { env } from '@/lib/env';
import { chooseLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/config';
import { errorText } from '@/lib/i18n/errors';
import type { Viewer } from '@/lib/permissions';

// The one shape of a server action (STYLE.md rules 21-27). Every action is a public POST
// endpoint: it reads the viewer from the session, parses its input with zod, runs its body
// (which leaves the permission decision to lib/dal) and returns a FormState. Expected
// failures (AppError) come back as their code's message in the user's language, field by
// field where they belong to one; anything else is logged and reported as `failed`. A
// redirect asked for by the body happens after all of that, outside any try/catch.

/** Where the body wants the browser to go next. */
export type Redirect = { redirect: string };

type Spec<S extends z.ZodType, T> = {
  /** Names the action in the log. */
  name: string;
  /** The input, checked before the body runs; a refusal is `bad_request`, with its fields marked. */
  schema: S;
  /** Messages of this form for some codes, as catalog keys (`editorForm.saveFailed` for `failed`). */
  messages?: Partial<Record<ErrorCode, string>>;
  /** The field of the form a failure belongs to, if any, to mark it. */
  fieldOf?: (code: ErrorCode) => (keyof T & string) | undefined;
  /** What to refill the form with after a failure. */
  values?: Partial<T>;
  /** For signed-out visitors: where to send them instead of saying that their session ended. */
  signedOut?: string;
};

/** The body of an action: the parsed input, the viewer, and the language to answer in. */
type Body<S extends z.ZodType, T, D, V> = (input: z.output<S>, viewer: V, locale: Locale) => Promise<FormState<T, D> | Redirect>;

/** Runs an action for signed-in viewers. */
export async function runAction<S extends z.ZodType, T = Record<string, unknown>, D = undefined>(
  spec: Spec<S, T>,
  raw: unknown,
  body: Body<S, T, D, Viewer>,
): Promise<FormState<T, D>> {
  const locale = await pageLocale();
  const viewer = await getViewer();
  if (!viewer) {
    if (spec.signedOut) redirect(spec.signedOut);
    return failure(spec, locale, 'session_ended');
  }
  return run(spec, locale, raw, (input) => body(input, viewer, locale));
}

/** Runs an action that anyone may call (signing in, choosing a language). */
export async function runPublicAction<S extends z.ZodType, T = Record<string, unknown>, D = undefined>(
  spec: Spec<S, T>,
  raw: unknown,
  body: Body<S, T, D, Viewer | null>,
): Promise<FormState<T, D>> {
  const locale = await pageLocale();
  const viewer = await getViewer();
  return run(spec, locale, raw, (input) => body(input, viewer, locale));
}

/**
 * An action is a request of its own, outside the page's [locale] segment (so next-intl's
 * request locale is the default): it answers in the language proxy.ts chose for the page.
 */
async function pageLocale(): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return chooseLocale(jar.get(LOCALE_COOKIE)?.value, head.get('accept-language'), env.NEWSROOM_DEFAULT_LOCALE);
}

async function run<S extends z.ZodType, T, D>(
  spec: Spec<S, T>,
  locale: Locale,
  raw: unknown,
  body: (input: z.output<S>) => Promise<FormState<T, D> | Redirect>,
): Promise<FormState<T, D>> {
  let outcome: FormState<T, D> | Redirect;
  try {
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return await failure(spec, locale, 'bad_request', {}, fieldErrors(parsed.error));
    outcome = await body(parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof InvalidInput) return failure(spec, locale, error.code, error.params, error.fields);
    if (error instanceof AppError && error.shown) return failure(spec, locale, error.code, error.params);
    console.error(`${spec.name} failed`, error);
    return failure(spec, locale, 'failed');
  }
  if ('redirect' in outcome) redirect(outcome.redirect);
  return outcome;
}

/** A failure as the form shows it: the code's message, on its field when it has one. */
async function failure<T, D>(
  spec: Spec<z.ZodType, T>,
  locale: Locale,
  code: ErrorCode,
  params: ErrorParams = {},
  fields: Record<string, FieldError[]> = {},
): Promise<FormState<T, D>> {
  const say = await sayer(spec.messages, locale);
  const message = say(code, params);
  const marked: Record<string, string[]> = {};
  for (const [field, errors] of Object.entries(fields)) marked[field] = errors.map((e) => say(e.code, e.params));
  const field = spec.fieldOf?.(code);
  if (field) marked[field] = [message];
  return {
    status: 'error',
    message,
    error: { code, params },
    ...(Object.keys(marked).length ? { fieldErrors: marked as FormState<T, D>['fieldErrors'] } : {}),
    ...(spec.values ? { values: spec.values } : {}),
  };
}

/** Puts codes into words in the user's language, with the form's own message where it has one. */
async function sayer(messages: Spec<z.ZodType, unknown>['messages'], locale: Locale) {
  const t = await getTranslations({ locale });
  return (code: ErrorCode, params: ErrorParams) => {
    const own = messages?.[code];
    return own ? t(own, params) : errorText(code, params, locale);
  };
}
