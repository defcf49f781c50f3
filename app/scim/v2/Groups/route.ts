import { scimCreateGroup, scimListGroups } from '@/lib/dal/scim-groups';
import { groupFromResource } from '@/lib/scim/groups';
import { scimHandler } from '@/lib/scim/http';
import { listResponse, parsePage } from '@/lib/scim/protocol';

export const dynamic = 'force-dynamic';

/** `excludedAttributes=members` leaves the members out (Entra ID asks so when it looks a group up). */
export const GET = scimHandler(async ({ client, url, base }) => {
  const page = parsePage(url.searchParams);
  const members = !/\bmembers\b/i.test(url.searchParams.get('excludedAttributes') ?? '');
  const { list, total } = await scimListGroups(client, { filter: url.searchParams.get('filter'), page, base, members });
  return { body: listResponse(list, total, page) };
});

export const POST = scimHandler(async ({ client, base, body }) => ({ status: 201, body: await scimCreateGroup(client, groupFromResource(await body()), base) }));
