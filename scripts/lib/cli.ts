// What the admin command-line tools (`npm run users`, `units`, `categories`) share: they
// act as the system on the configured database, which must exist already (a tool never
// creates an empty one, not even the default file), and say a refusal in one line.
import { readFileSync } from 'node:fs';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { errorText } from '@/lib/i18n/errors';
import { openDatabase, StartupError } from '@/lib/server/bootstrap';

/** A mistake in the command line itself: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

/** Opens (and migrates) the configured database, refusing when it does not exist. */
export async function openExistingDatabase() {
  const conn = await openDatabase(env.DATABASE_URL, { create: false });
  await conn.close();
}

/** Everything piped in on standard input, without a final line break. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** A file's text, or standard input for "-". */
export async function readInput(file: string): Promise<string> {
  if (file === '-') return readStdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A required option: refuses with its name when it is missing. */
export function need<T extends Record<string, unknown>>(values: T, key: keyof T & string, command: string): string {
  const v = values[key];
  if (typeof v !== 'string' || !v.trim()) throw new UsageError(`--${key} is required for ${command}.`);
  return v;
}

/** Runs a tool's main function: exit 0 on success, 1 with one line on a refusal, 2 on a usage mistake. */
export function runCli(help: string, main: () => Promise<void>) {
  main()
    // A tool may have set its own exit code (2 for a missing command).
    .then(() => process.exit(process.exitCode ?? 0))
    .catch((error) => {
      if (error instanceof UsageError) {
        console.error(`newsroom: ${error.message}\n\n${help}`);
        process.exit(2);
      }
      if (error instanceof AppError) console.error(`newsroom: ${errorText(error.code, error.params)}`);
      else console.error(`newsroom: ${error instanceof StartupError || error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      process.exit(1);
    });
}
