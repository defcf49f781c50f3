/** The message of a failed upload: the server's own words when it gave some, otherwise `fallback`. */
export function uploadErrorText(error: unknown, fallback: string) {
  return error instanceof Error && error.message ? error.message : fallback;
}
