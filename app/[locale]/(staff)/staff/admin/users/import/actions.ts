'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction } from '@/lib/actions';
import { IMPORT_MAX_BYTES, planUserImport, runUserImport } from '@/lib/dal/user-import';
import type { FormState } from '@/lib/forms';
import { errorText } from '@/lib/i18n/errors';

// The CSV import: a dry run that shows each row's outcome, then the import itself, which
// plans again inside its transaction and writes every row or none (lib/dal/user-import.ts).

export type ImportRow = { line: number; email: string; outcome: 'create' | 'update' | 'unchanged' | 'error'; changes: string[]; problems: string[] };
export type ImportState = FormState<{ csv: string }, { rows?: ImportRow[]; counts?: Record<ImportRow['outcome'], number>; imported?: boolean; invitations?: { email: string; link: string; mailed: boolean }[] }>;

const input = z.object({ csv: z.string().max(IMPORT_MAX_BYTES), step: z.enum(['check', 'import']), invite: z.enum(['on']).optional() });

/** Checks the file (writes nothing), or imports it when asked and every row is fine. */
export async function importUsersAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const raw = { csv: formData.get('csv'), step: formData.get('step'), invite: formData.get('invite') ?? undefined };
  return runAction<typeof input, { csv: string }, NonNullable<ImportState['data']>>({ name: 'importUsersAction', schema: input }, raw, async ({ csv, step, invite }, viewer, locale) => {
    const t = await getTranslations({ locale, namespace: 'admin.import' });
    const plan = await planUserImport(viewer, csv);
    const rows = plan.rows.map((r) => ({
      line: r.line,
      email: r.email,
      outcome: r.outcome,
      changes: r.changes,
      problems: r.problems.map((p) => `${p.field ? `${t(`columns.${p.field}`)}: ` : ''}${errorText(p.code, p.params, locale)}`),
    }));
    if (step === 'check' || plan.counts.error > 0) {
      return { status: plan.counts.error ? 'error' : 'success', message: t(plan.counts.error ? 'checkedErrors' : 'checked', plan.counts), data: { rows, counts: plan.counts } };
    }
    const result = await runUserImport(viewer, csv, { invite: invite === 'on' });
    revalidatePath('/staff/admin/users', 'layout');
    return { status: 'success', message: t('imported', result.counts), data: { rows, counts: result.counts, imported: true, invitations: result.invitations } };
  });
}
