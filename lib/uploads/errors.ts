// Why an upload was refused. The code goes to the client, which shows its own translated
// message; the English message is for logs and API users.

export const UPLOAD_ERROR_STATUS = {
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  empty: 400,
  unsupported_type: 415,
  bad_request: 400,
  invalid_image: 422,
} as const;

export type UploadErrorCode = keyof typeof UPLOAD_ERROR_STATUS;

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
  get status(): number {
    return UPLOAD_ERROR_STATUS[this.code];
  }
}

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number) =>
  new UploadError('too_large', `The file is larger than the limit of ${formatMegabytes(maxBytes)}.`);
