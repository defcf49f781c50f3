import { scimCreateUser, scimListUsers } from '@/lib/dal/scim-users';
import { scimHandler } from '@/lib/scim/http';
import { listResponse, parsePage } from '@/lib/scim/protocol';
import { userFromResource } from '@/lib/scim/users';

export const dynamic = 'force-dynamic';

/** Lists users, or finds one: `filter=userName eq "ann@example.com"` (what Entra ID sends first). */
export const GET = scimHandler(async ({ client, url, base }) => {
  const page = parsePage(url.searchParams);
  const { list, total } = await scimListUsers(client, { filter: url.searchParams.get('filter'), page, base });
  return { body: listResponse(list, total, page) };
});

export const POST = scimHandler(async ({ client, base, body }) => {
  const fields = userFromResource(await body());
  return { status: 201, body: await scimCreateUser(client, fields, base) };
});
