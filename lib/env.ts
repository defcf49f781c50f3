import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:data/newsroom.db')
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)',
    }),
  AUTH_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEWSROOM_SEED: z.enum(['demo', 'none']).default('demo'),
  NEWSROOM_DEFAULT_LOCALE: z.enum(['en', 'zh']).default('en'),
  NEWSROOM_TIME_ZONE: z.string().default('Asia/Shanghai'),
  NEWSROOM_VIEW_DEDUPE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  NEWSROOM_VIEW_FLUSH_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  NEWSROOM_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  NEWSROOM_TRUST_PROXY: bool.default(false),
  NEWSROOM_SECURE_COOKIES: bool.optional(),
  /** Autosaves by one editor within this many minutes merge into one revision. */
  NEWSROOM_AUTOSAVE_MERGE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  /** How often the scheduler looks for due items, in milliseconds. */
  NEWSROOM_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(200).max(60_000).default(15_000),
  /** Largest upload accepted, in megabytes. */
  NEWSROOM_UPLOAD_MAX_MB: z.coerce.number().positive().max(2048).default(20),
  /** Where uploaded files are stored (the local storage driver). */
  NEWSROOM_UPLOAD_DIR: z.string().trim().min(1).default('data/uploads'),
  /** Mail server for notifications, e.g. smtp://user:password@mail.example.com:587; unset sends no mail. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.url({ protocol: /^smtps?$/, hostname: /./, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional(),
  ),
  /** The sender of notification mails. */
  SMTP_FROM: z.string().trim().min(1).default('Newsroom <newsroom@localhost>'),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** Validated configuration. Read it through this object only, never process.env. */
export const env: Env = load();

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);
