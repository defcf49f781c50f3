import { getViewer } from '@/lib/auth/session';
import { exportUsersCsv } from '@/lib/dal/user-directory';
import { AppError } from '@/lib/errors';
import { ROLES, type Role } from '@/lib/permissions';

// The console's CSV export of users: the list's filters apply, every page. Admins only
// (lib/dal decides); never cached.

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Sign in first.', { status: 401 });
  const q = new URL(request.url).searchParams;
  const unit = Number(q.get('unit'));
  const role = q.get('role');
  const status = q.get('status');
  try {
    const csv = await exportUsersCsv(viewer, {
      q: q.get('q')?.slice(0, 200) || undefined,
      unitId: Number.isSafeInteger(unit) && unit > 0 ? unit : undefined,
      role: (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined,
      status: status === 'active' || status === 'inactive' ? status : undefined,
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(`\uFEFF${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="newsroom-users-${day}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.shown) return new Response(error.code, { status: error.status });
    throw error;
  }
}
