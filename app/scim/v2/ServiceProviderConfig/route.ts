import { scimHandler } from '@/lib/scim/http';
import { SCIM } from '@/lib/scim/protocol';

export const dynamic = 'force-dynamic';

/** What this SCIM service supports (RFC 7643, section 5). */
export const GET = scimHandler(async ({ base }) => ({
  body: {
    schemas: [SCIM.config],
    documentationUri: `${base}/`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'A token created by an admin on /staff/admin/scim', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/scim/v2/ServiceProviderConfig` },
  },
}));
