import { flushViews } from '@/lib/dal/views';

/**
 * Writes counted views before the process exits. Next's own handler closes the HTTP server
 * first and exits after; on SQLite the flush completes before that.
 */
export function registerShutdownFlush() {
  const flush = () => {
    flushViews().catch((error) =>
      console.error('Could not store view counts at shutdown:', error instanceof Error ? error.message : error),
    );
  };
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
}
