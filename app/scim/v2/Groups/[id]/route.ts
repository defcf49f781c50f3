import { scimDeleteGroup, scimGetGroup, scimUpdateGroup } from '@/lib/dal/scim-groups';
import { groupFromResource, groupPatch } from '@/lib/scim/groups';
import { lastSegment, scimHandler } from '@/lib/scim/http';
import { parsePatch } from '@/lib/scim/protocol';

export const dynamic = 'force-dynamic';

export const GET = scimHandler(async ({ client, url, base }) => {
  const members = !/\bmembers\b/i.test(url.searchParams.get('excludedAttributes') ?? '');
  return { body: await scimGetGroup(client, lastSegment(url), base, members) };
});

export const PUT = scimHandler(async ({ client, url, base, body }) => {
  const group = groupFromResource(await body());
  return { body: await scimUpdateGroup(client, lastSegment(url), { displayName: group.displayName, externalId: group.externalId, replace: group.members, add: [], remove: [] }, base) };
});

/** Members added and removed one by one: `{"op": "Add", "path": "members", "value": [{"value": "42"}]}`. */
export const PATCH = scimHandler(async ({ client, url, base, body }) => ({
  body: await scimUpdateGroup(client, lastSegment(url), groupPatch(parsePatch(await body())), base),
}));

export const DELETE = scimHandler(async ({ client, url }) => {
  await scimDeleteGroup(client, lastSegment(url));
  return { status: 204 };
});
