import { scimDeleteUser, scimGetUser, scimUpdateUser } from '@/lib/dal/scim-users';
import { lastSegment, scimHandler } from '@/lib/scim/http';
import { parsePatch } from '@/lib/scim/protocol';
import { userFromResource, userPatch } from '@/lib/scim/users';

export const dynamic = 'force-dynamic';

export const GET = scimHandler(async ({ client, url, base }) => ({ body: await scimGetUser(client, lastSegment(url), base) }));

/** Replaces the user: the attributes Newsroom keeps take the values given. */
export const PUT = scimHandler(async ({ client, url, base, body }) => ({
  body: await scimUpdateUser(client, lastSegment(url), userFromResource(await body()), base),
}));

/** Entra ID deactivates a leaver with `{"op": "Replace", "path": "active", "value": "False"}`. */
export const PATCH = scimHandler(async ({ client, url, base, body }) => ({
  body: await scimUpdateUser(client, lastSegment(url), userPatch(parsePatch(await body())), base),
}));

/** Deactivates the account (its articles and audit entries keep their author). */
export const DELETE = scimHandler(async ({ client, url }) => {
  await scimDeleteUser(client, lastSegment(url));
  return { status: 204 };
});
