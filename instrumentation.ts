// Runs once when a server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { flushViews } = await import('@/lib/dal/views');
  // Write counted views before the process exits. Next's own handler closes the HTTP server
  // first and exits after; on SQLite the flush completes before that.
  const flush = () => {
    flushViews().catch((error) => console.error('Could not store view counts at shutdown:', error instanceof Error ? error.message : error));
  };
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
}
