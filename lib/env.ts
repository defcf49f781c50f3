import { z } from 'zod';

// Every setting of Newsroom, read from the environment here and nowhere else (.env.example
// explains each one to IT). The app, the scripts, drizzle.config.ts and next.config.ts
// read `env`; the developer tools (benchmarks, the test runner) read `toolEnv()`. The page
// cache (lib/cache/memory-cache-handler.mjs) is plain JavaScript that Next loads on its
// own, so it gets its size from here at start-up (lib/server/page-cache.ts).

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Empty counts as unset. */
const unsetIfEmpty = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type);
const optionalText = () => unsetIfEmpty(z.string().optional());
/** A switch of the developer tools: 1 (or true, yes) turns it on. */
const flag = () => unsetIfEmpty(bool.default(false));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** file:… is the embedded SQLite file; postgres://… switches to PostgreSQL. */
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:data/newsroom.db')
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)',
    }),
  /** Size of the PostgreSQL connection pool per instance. */
  NEWSROOM_PG_POOL: z.coerce.number().int().min(1).max(1000).default(10),
  AUTH_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  NEWSROOM_SEED: z.enum(['demo', 'none']).default('demo'),
  /** Tests only: the password of every demo user (otherwise random and printed once). */
  NEWSROOM_DEMO_PASSWORD: optionalText(),
  NEWSROOM_DEFAULT_LOCALE: z.enum(['en', 'zh']).default('en'),
  /** The portal's time zone (an IANA name): dates on pages, and the year search files an article under. */
  NEWSROOM_TIME_ZONE: unsetIfEmpty(z.string().default('Asia/Shanghai')),
  NEWSROOM_VIEW_DEDUPE_MINUTES: z.coerce.number().int().min(0).max(24 * 60).default(10),
  NEWSROOM_VIEW_FLUSH_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  NEWSROOM_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  /** Failed sign-ins from one client address (any accounts) before it is refused (429) for 15 minutes. */
  NEWSROOM_LOGIN_CLIENT_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Sign-in with a Newsroom password; false leaves single sign-on only (and the break-glass account). */
  NEWSROOM_LOCAL_SIGN_IN: unsetIfEmpty(bool.default(true)),
  /** The one local account that still signs in with a password when local sign-in is off. */
  NEWSROOM_BREAK_GLASS_EMAIL: unsetIfEmpty(z.email().optional()),
  NEWSROOM_TRUST_PROXY: bool.default(false),
  /** Single sign-on (OpenID Connect): the issuer URL; unset turns single sign-on off. */
  AUTH_OIDC_ISSUER: unsetIfEmpty(z.url({ protocol: /^https?$/ }).optional()),
  AUTH_OIDC_ID: optionalText(),
  AUTH_OIDC_SECRET: optionalText(),
  /** The label of the sign-in button (the company's name for its accounts). */
  AUTH_OIDC_NAME: unsetIfEmpty(z.string().trim().min(1).max(60).default('Company account')),
  AUTH_OIDC_SCOPES: unsetIfEmpty(z.string().trim().min(1).default('openid profile email')),
  /** Comma-separated email domains allowed to sign in through single sign-on; unset allows any. */
  AUTH_OIDC_ALLOWED_DOMAINS: optionalText(),
  /** The claim that lists the user's groups. */
  AUTH_OIDC_GROUPS_CLAIM: unsetIfEmpty(z.string().trim().min(1).default('groups')),
  /** The claim that names the user's unit by its code; unset leaves the unit to admins. */
  AUTH_OIDC_UNIT_CLAIM: optionalText(),
  /** The claim that carries the email address. */
  AUTH_OIDC_EMAIL_CLAIM: unsetIfEmpty(z.string().trim().min(1).default('email')),
  /** Accept the email claim without email_verified (providers that only send addresses of their own domains). */
  AUTH_OIDC_TRUST_EMAIL: unsetIfEmpty(bool.default(false)),
  /** Sign-out also ends the session at the provider, when it offers RP-initiated logout. */
  AUTH_OIDC_LOGOUT: unsetIfEmpty(bool.default(true)),
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
  SMTP_URL: unsetIfEmpty(
    z.url({ protocol: /^smtps?$/, hostname: /./, error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional(),
  ),
  /** The sender of notification mails. */
  SMTP_FROM: z.string().trim().min(1).default('Newsroom <newsroom@localhost>'),
  /** Memory for the rendered pages that each instance keeps, in megabytes. */
  NEWSROOM_PAGE_CACHE_MB: z.coerce.number().positive().max(64 * 1024).default(48),
  /** Port of the server (`npm start`). */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Address the server binds (`npm start`); unset binds every interface. */
  NEWSROOM_HOST: optionalText(),
  /** Heap limit of the server process in megabytes (`npm start`): keeps resident memory low under load. */
  NEWSROOM_HEAP_MB: z.coerce.number().int().min(64).max(1024 * 1024).default(512),
  /** Node's own options; `npm start` passes them to the server, with the heap limit unless they set one. */
  NODE_OPTIONS: z.string().default(''),
}).superRefine((s, ctx) => {
  // Single sign-on needs its client; switching passwords off needs single sign-on.
  if (s.AUTH_OIDC_ISSUER && (!s.AUTH_OIDC_ID || !s.AUTH_OIDC_SECRET)) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_OIDC_ID'], message: 'AUTH_OIDC_ISSUER needs AUTH_OIDC_ID and AUTH_OIDC_SECRET' });
  }
  if (!s.NEWSROOM_LOCAL_SIGN_IN && !s.AUTH_OIDC_ISSUER) {
    ctx.addIssue({ code: 'custom', path: ['NEWSROOM_LOCAL_SIGN_IN'], message: 'NEWSROOM_LOCAL_SIGN_IN=false needs single sign-on (AUTH_OIDC_ISSUER)' });
  }
});

/** Settings of the developer tools: `npm run bench`, `npm run bench:search` and `npm test`. */
const toolSchema = z.object({
  /** Articles the benchmarks generate. */
  BENCH_ARTICLES: z.coerce.number().int().min(1).optional(),
  /** Seconds each load of `npm run bench` runs. */
  BENCH_SECONDS: z.coerce.number().positive().default(20),
  /** Port of the server `npm run bench` starts. */
  BENCH_PORT: z.coerce.number().int().min(1).max(65_535).default(3200),
  /** Views `npm run bench` counts at 200 connections. */
  BENCH_VIEWS: z.coerce.number().int().min(1).default(40_000),
  /** `npm run bench:search`: keep the SQLite file. */
  BENCH_KEEP: flag(),
  /** `npm run bench:search`: keep the PostgreSQL database under this name, and search it again on a later run. */
  BENCH_PG_DB: unsetIfEmpty(z.string().regex(/^[a-z_][a-z0-9_]*$/, 'lower-case letters, digits and _ only').optional()),
  /** `npm run bench:search`: only PostgreSQL, or only SQLite. */
  BENCH_PG_ONLY: flag(),
  BENCH_SQLITE_ONLY: flag(),
  /** Set by `npm run bench:search` for its own child process: search the database it was given again. */
  BENCH_REUSE: flag(),
  /** `npm run bench`: measure a throwaway PostgreSQL database on TEST_POSTGRES_URL instead of SQLite. */
  BENCH_POSTGRES: flag(),
  /** PostgreSQL server (an admin connection) for the PostgreSQL tests and the benchmarks. */
  TEST_POSTGRES_URL: optionalText(),
  /** Chromium for the end-to-end tests. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export type Env = z.infer<typeof schema>;
/** The names of every setting, the app's and the developer tools'. */
export const settingNames = [...Object.keys(schema.shape), ...Object.keys(toolSchema.shape)];
export type ToolEnv = z.infer<typeof toolSchema>;

function load<T extends z.ZodType>(settings: T): z.infer<T> {
  const parsed = settings.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${lines.join('; ')}`);
  }
  return parsed.data;
}

/** Validated configuration. Read it through this object only, never process.env. */
export const env: Env = load(schema);

let tools: ToolEnv | undefined;

/** The developer tools' settings, validated on first use (the app never reads them). */
export function toolEnv(): ToolEnv {
  tools ??= load(toolSchema);
  return tools;
}
