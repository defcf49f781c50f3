// Expected failures carry a code. The UI says what a code means in the user's language,
// from the `errorCodes` namespace of the message catalogs (lib/i18n/messages); lib/ never
// writes a sentence for a person. Each code belongs to a kind, which gives the HTTP status
// and whether the failure is shown at all: anything else (a database error, a bug) is
// logged and replaced by a generic message.

export const ERROR_KINDS = {
  unauthorized: { status: 401, shown: true },
  forbidden: { status: 403, shown: true },
  not_found: { status: 404, shown: true },
  validation: { status: 400, shown: true },
  conflict: { status: 409, shown: true },
  unavailable: { status: 503, shown: false },
  internal: { status: 500, shown: false },
} as const;

export type ErrorKind = keyof typeof ERROR_KINDS;

/**
 * Every code, with its kind. The message of a code may use the values its error carries
 * (`{max}`, `{name}`, `{field}`); tests/unit/errors.test.ts checks that both catalogs
 * have every code.
 */
export const ERROR_CODES = {
  // Any action
  session_ended: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  bad_request: 'validation',
  failed: 'internal',
  // Form fields
  invalid_fields: 'validation',
  required: 'validation',
  too_long: 'validation',
  too_many: 'validation',
  invalid: 'validation',
  // Writing articles
  own_units_only: 'forbidden',
  category_missing: 'validation',
  unit_missing: 'validation',
  series_missing: 'validation',
  translation_missing: 'validation',
  translation_language: 'validation',
  archived: 'conflict',
  stale_version: 'conflict',
  date_invalid: 'validation',
  date_future: 'validation',
  // Meeting data, kinds and series
  meeting_date: 'validation',
  meeting_kind: 'validation',
  meeting_too_big: 'validation',
  meeting_unreadable: 'validation',
  name_required: 'validation',
  name_too_long: 'validation',
  name_taken: 'conflict',
  code_taken: 'conflict',
  code_invalid: 'validation',
  unit_invalid: 'validation',
  // The workflow
  illegal: 'conflict',
  stale: 'conflict',
  race: 'conflict',
  comment_required: 'validation',
  comment_too_long: 'validation',
  self_approval: 'forbidden',
  not_approved: 'conflict',
  not_reviewed_version: 'conflict',
  schedule_past: 'validation',
  schedule_far: 'validation',
  bad_time: 'validation',
  schedule_error: 'internal',
  // Users, managed by IT with `npm run users`
  unknown_unit: 'validation',
  unknown_user: 'not_found',
  unknown_role: 'validation',
  email_invalid: 'validation',
  email_taken: 'validation',
  user_name_required: 'validation',
  password_short: 'validation',
  // Single sign-on and provisioning
  mapping_exists: 'conflict',
  // The admin console and the command line: users, import, units, categories, settings
  last_admin: 'conflict',
  own_account: 'conflict',
  invitation_invalid: 'validation',
  csv_syntax: 'validation',
  csv_empty: 'validation',
  csv_header: 'validation',
  csv_columns: 'validation',
  import_too_big: 'validation',
  import_too_many: 'validation',
  import_duplicate: 'validation',
  import_active: 'validation',
  import_has_errors: 'validation',
  unit_retired: 'validation',
  unit_kind: 'validation',
  unit_code: 'validation',
  unit_code_taken: 'conflict',
  unit_cycle: 'validation',
  unit_has_children: 'conflict',
  unit_in_use: 'conflict',
  unknown_category: 'validation',
  category_slug: 'validation',
  category_slug_taken: 'conflict',
  category_retired: 'validation',
  last_category: 'conflict',
  locale_invalid: 'validation',
  time_zone_invalid: 'validation',
  smtp_unset: 'validation',
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_CODES;
type CodeOf<K extends ErrorKind> = { [C in ErrorCode]: (typeof ERROR_CODES)[C] extends K ? C : never }[ErrorCode];

/** Values a message may name, such as `max` or `name`. */
export type ErrorParams = Record<string, string | number>;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);

/** The kind of a code's failure: a form may treat a refused input differently from a conflict. */
export const errorKind = (code: ErrorCode): ErrorKind => ERROR_CODES[code];

/** An expected failure. `message` is the code, for logs; people are told the code's message. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.kind = ERROR_CODES[code];
  }
  get status() {
    return ERROR_KINDS[this.kind].status;
  }
  /** Whether people may be told (the code's message), or only the log. */
  get shown() {
    return ERROR_KINDS[this.kind].shown;
  }
}

export class ForbiddenError extends AppError {
  constructor(code: CodeOf<'forbidden'> = 'forbidden', params?: ErrorParams) {
    super(code, params);
    this.name = 'ForbiddenError';
  }
}
export class UnauthorizedError extends AppError {
  constructor() {
    super('session_ended');
    this.name = 'UnauthorizedError';
  }
}
export class NotFoundError extends AppError {
  constructor(code: CodeOf<'not_found'> = 'not_found', params?: ErrorParams) {
    super(code, params);
    this.name = 'NotFoundError';
  }
}
export class ValidationError extends AppError {
  constructor(code: CodeOf<'validation'>, params?: ErrorParams) {
    super(code, params);
    this.name = 'ValidationError';
  }
}
export class ConflictError extends AppError {
  constructor(code: CodeOf<'conflict'>, params?: ErrorParams) {
    super(code, params);
    this.name = 'ConflictError';
  }
}
