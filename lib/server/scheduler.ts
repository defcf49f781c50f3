import 'server-only';
import { publishDueArticles } from '@/lib/dal/scheduler';
import { env } from '@/lib/env';

let timer: NodeJS.Timeout | undefined;
let running = false;

/**
 * Publishes scheduled articles from inside the server: no cron to set up. It runs at start
 * (catching up on anything due while the server was down) and then every
 * NEWSROOM_SCHEDULER_INTERVAL_MS. Several instances may run it against one database:
 * each item is claimed atomically, so it is published once.
 */
export function startScheduler() {
  if (timer) return;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const run = await publishDueArticles();
      for (const f of run.failed) console.error(`Scheduler: article ${f.id} could not be published: ${f.error}`);
    } catch (error) {
      console.error('Scheduler: run failed:', error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, env.NEWSROOM_SCHEDULER_INTERVAL_MS);
  timer.unref();
  void tick();
}
