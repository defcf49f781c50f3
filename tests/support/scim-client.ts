// A small SCIM 2.0 client for the tests: it calls the route handlers of app/scim/v2 with
// real Request objects, as a provisioning service would over HTTP.
import * as groupItem from '@/app/scim/v2/Groups/[id]/route';
import * as groups from '@/app/scim/v2/Groups/route';
import * as config from '@/app/scim/v2/ServiceProviderConfig/route';
import * as userItem from '@/app/scim/v2/Users/[id]/route';
import * as users from '@/app/scim/v2/Users/route';

const BASE = 'http://newsroom.test/scim/v2';

type Handler = (request: Request) => Promise<Response>;
type Reply = { status: number; body: Record<string, unknown> & { Resources?: Record<string, unknown>[] }; type: string | null };

function route(path: string, method: string): Handler {
  const [resource, id] = path.split('?')[0].split('/').filter(Boolean);
  const table: Record<string, Record<string, unknown>> = {
    Users: id ? userItem : users,
    Groups: id ? groupItem : groups,
    ServiceProviderConfig: config,
  };
  const handler = table[resource]?.[method];
  if (typeof handler !== 'function') throw new Error(`No ${method} ${path}`);
  return handler as Handler;
}

export class ScimTestClient {
  constructor(private token: string | null) {}

  async request(method: string, path: string, body?: unknown, raw?: string): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/scim+json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined || raw !== undefined) headers['Content-Type'] = 'application/scim+json';
    const request = new Request(`${BASE}/${path}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const response = await route(path, method)(request);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, type: response.headers.get('content-type') };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown) => this.request('POST', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  patch = (path: string, operations: unknown[]) =>
    this.request('PATCH', path, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: operations });
  delete = (path: string) => this.request('DELETE', path);

  /** The id of the user with this userName, as Entra ID looks it up before creating it. */
  async findUser(userName: string) {
    const reply = await this.get(`Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
    return reply.body.Resources?.[0] as { id: string; active: boolean } | undefined;
  }
}
