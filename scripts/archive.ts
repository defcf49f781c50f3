// The archive import for IT and the communications team: `npm run archive -- <folder or .zip>`.
// Reads every .txt, .html and .docx file, says what each becomes, and imports the new ones as
// drafts (or, with --publish, as published articles dated to their original day). A file
// imported before, by this command or the admin page, is never imported again.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { errorText } from '@/lib/i18n/errors';
import { openDatabase, StartupError } from '@/lib/server/bootstrap';

const HELP = `Usage: npm run archive -- <folder or file.zip> --as EMAIL --category SLUG [options]

Imports the .txt, .html and .docx files of a folder (and its subfolders) or a ZIP file.

  --as EMAIL        the admin who imports; the articles are theirs
  --category SLUG   the category of every article (for example: meetings)
  --unit CODE       the source unit of every article (default: none)
  --public          visible to visitors without an account (default: internal)
  --publish         publish each article dated to its original day (default: drafts)
  --dry-run         list what each file would become, and import nothing

Running it again over the same files imports nothing twice.`;

const STATUS: Record<string, string> = {
  would_import: 'would import',
  imported: 'imported',
  already_imported: 'already imported',
  skipped: 'skipped',
  failed: 'FAILED',
};

const REASON: Record<string, string> = {
  unsupported: 'not a .txt, .html or .docx file',
  unreadable: 'could not be read',
  too_large: 'file too large',
  empty: 'no text',
  too_long: 'text too long',
  duplicate: 'same text as an earlier file',
};

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      category: { type: 'string' },
      unit: { type: 'string' },
      public: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const source = positionals[0];
  if (!source || values.help) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  if (!values.as) throw new Error('--as EMAIL is required: the admin who imports.');
  if (!values.category) throw new Error('--category SLUG is required.');

  const conn = await openDatabase(env.DATABASE_URL);
  await conn.close();
  const { filesOfFolder, filesOfZip, ArchiveError } = await import('@/lib/archive/files');
  const { importArchive, archiveTargets } = await import('@/lib/dal/archive');

  const info = await stat(source).catch(() => null);
  if (!info) throw new Error(`${source}: no such file or folder.`);
  let files;
  try {
    files = info.isDirectory() ? await filesOfFolder(source) : await filesOfZip(new Uint8Array(await readFile(source)));
  } catch (error) {
    if (error instanceof ArchiveError) {
      const why = { not_zip: 'not a ZIP file', too_many_files: 'more than 2,000 files', too_large: 'more than 200 MB of files' }[error.reason];
      throw new Error(`${source}: ${why}.`);
    }
    throw error;
  }
  const targets = await archiveTargets({ email: values.as, category: values.category, unit: values.unit ?? null });
  const report = await importArchive({
    viewer: targets.viewer,
    files,
    options: {
      categoryId: targets.categoryId,
      sourceUnitId: targets.sourceUnitId,
      visibility: values.public ? 'public' : 'internal',
      publish: values.publish,
      dryRun: values['dry-run'],
    },
  });

  for (const e of report.entries) {
    const a = e.article;
    const what =
      e.status === 'skipped'
        ? REASON[e.reason ?? ''] ?? e.reason
        : [
            e.kind === 'report' ? `meeting report, ${e.speeches} speech${e.speeches === 1 ? '' : 'es'}` : 'article',
            e.unparsed ? `${e.unparsed} paragraph${e.unparsed === 1 ? '' : 's'} not read as speeches` : '',
            a?.originalDate ? `dated ${a.originalDate}` : 'no date found',
            a?.startingViews ? `${a.startingViews} views` : '',
            e.articleId ? `article #${e.articleId}` : '',
            e.error ? errorText(e.error) : '',
          ]
            .filter(Boolean)
            .join(', ');
    console.log(`${STATUS[e.status].padEnd(16)} ${e.file}${a ? `  “${a.title}”` : ''}\n${' '.repeat(17)}${what}`);
  }
  const c = report.counts;
  const as = report.publish ? 'published' : 'drafts';
  console.log(
    report.dryRun
      ? `\nDry run: ${c.would_import} to import as ${as}, ${c.already_imported} already imported, ${c.skipped} skipped. Nothing was written.`
      : `\n${c.imported} imported as ${as}, ${c.already_imported} already imported, ${c.skipped} skipped, ${c.failed} failed.`,
  );
  process.exit(c.failed ? 1 : 0);
}

main().catch((error) => {
  if (error instanceof AppError) console.error(`newsroom: ${errorText(error.code, error.params)}`);
  else console.error(`newsroom: ${error instanceof StartupError || error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
