// Expected failures carry a code; the UI shows the message only for codes marked `shown`.
// Anything else (a database error, a bug) is logged and replaced by a generic message.

export const ERROR_CODES = {
  unauthorized: { status: 401, shown: true },
  forbidden: { status: 403, shown: true },
  not_found: { status: 404, shown: true },
  validation: { status: 400, shown: true },
  conflict: { status: 409, shown: true },
  unavailable: { status: 503, shown: false },
  internal: { status: 500, shown: false },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status() {
    return ERROR_CODES[this.code].status;
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do that.') {
    super('forbidden', message);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = 'Please sign in.') {
    super('unauthorized', message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super('not_found', message);
  }
}
export class ValidationError extends AppError {
  constructor(message: string) {
    super('validation', message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** The message that may be shown to a user for any thrown value. */
export function publicMessage(error: unknown, fallback = 'Something went wrong. Please try again.') {
  if (error instanceof AppError && ERROR_CODES[error.code].shown) return error.message;
  return fallback;
}
