// A real OpenID Connect provider for the end-to-end tests: `oidc-provider`, a certified
// implementation, started on loopback. Its sign-in page takes any login (the subject of an
// account below) and any password; consent is granted beforehand; RP-initiated logout is on.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { OIDC_CLIENT } from '../../playwright.config';

export type TestAccount = { email?: string; email_verified?: boolean; name?: string; groups?: string[]; department?: string };


export type TestProvider = { issuer: string; accounts: Map<string, TestAccount>; stop: () => Promise<void> };

export async function startOidcProvider({ port, rp }: { port: number; rp: string }): Promise<TestProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, TestAccount>();
  const configuration: Configuration = {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${rp}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${rp}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...accounts.get(sub) }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'department'] },
    // The claims of the scopes go into the ID token, as Entra ID, Okta and Keycloak put groups there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['newsroom-e2e-cookie-key'] },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const accountId = ctx.oidc.session?.accountId;
      const clientId = ctx.oidc.client?.clientId;
      if (!accountId || !clientId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  let stopped = false;
  return {
    issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accounts,
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        stopped = true;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
