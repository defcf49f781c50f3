// The demo sign-ins of a first start: shown once, and last, when the portal answers, so
// that they are the last thing on the screen rather than lost above the server's output.

export type DemoSignIn = { role: string; email: string; password: string; unit: string | null };

/** Whether a line of `next start` (or `next dev`) output says the server is ready. */
export const isReadyLine = (line: string) => /\bReady in\b|\bstarted server on\b/i.test(line);

/** The sign-ins as a table, under the address to open. */
export function signInsText(users: DemoSignIn[], url: string): string {
  const rows = users.map((u) => [u.role + (u.unit ? ` (${u.unit})` : ''), u.email, u.password]);
  const head = ['role', 'email', 'password'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [
    '',
    `Newsroom is ready: open ${url}`,
    '',
    'Demo sign-ins (shown once; change them with `npm run users -- set-password --email …`):',
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ].join('\n');
}

/**
 * Watches a server's output, passing it through, and calls `onReady` once, at the first
 * line that says the server is ready (lines may arrive split across chunks).
 */
export function watchReady(write: (chunk: string) => void, onReady: () => void) {
  let partial = '';
  let done = false;
  return (chunk: Buffer | string) => {
    const text = chunk.toString();
    write(text);
    if (done) return;
    const lines = (partial + text).split(/\r?\n/);
    partial = lines.pop() ?? '';
    if (lines.some(isReadyLine)) {
      done = true;
      onReady();
    }
  };
}
