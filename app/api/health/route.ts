import { getHealth } from '@/lib/dal/health';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and monitoring. */
export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
