import type { FormState } from '@/lib/forms';

/** What every action of the admin console returns: a message, and once a secret to show. */
export type AdminState = FormState<Record<string, string>, { secret?: { label: string; value: string } }>;

/** The text fields of a submitted form (files are not read by these actions). */
export const formFields = (formData: FormData): Record<string, string> =>
  Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
