import { getHealth } from '@/lib/dal/health';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and monitoring. */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    // Overdue scheduled items are reported, but the instance still serves: it stays in the pool.
    status: health.status === 'unavailable' ? 503 : 200,
    headers: { 'Cache-Control': 'no-store' },
  });
}
