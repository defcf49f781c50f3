import { createTranslator } from 'use-intl/core';
import type { ErrorCode, ErrorParams } from '@/lib/errors';
import type { Locale } from './config';
import en from './messages/en.json';
import zh from './messages/zh.json';

// The one place an error code becomes a sentence: actions (in the user's language), mail
// and the inbox (in each recipient's), and the command line (in English).

const MESSAGES = { en, zh } as const;

/** The message of an error code in `locale`. */
export function errorText(code: ErrorCode, params: ErrorParams = {}, locale: Locale = 'en'): string {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en, namespace: 'errorCodes' })(code, params);
}
