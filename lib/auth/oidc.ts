import 'server-only';
import type { Provider } from 'next-auth/providers';
import { env } from '@/lib/env';

// Single sign-on through OpenID Connect, configured by AUTH_OIDC_* (see .env.example and
// the README). Authorization code flow with PKCE, state and nonce; Auth.js reads the
// issuer's discovery document and keys on the server and checks the ID token.

export const OIDC_PROVIDER_ID = 'oidc';

/** Whether single sign-on is configured. */
export const ssoEnabled = !!(env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID);

export function oidcProvider(): Provider | null {
  if (!ssoEnabled) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: env.AUTH_OIDC_NAME,
    type: 'oidc',
    issuer: env.AUTH_OIDC_ISSUER,
    clientId: env.AUTH_OIDC_ID,
    clientSecret: env.AUTH_OIDC_SECRET,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: env.AUTH_OIDC_SCOPES } },
    // Claims are read from the ID token; lib/dal/sso.ts decides who the person is.
    profile(claims) {
      return { id: String(claims.sub ?? ''), name: typeof claims.name === 'string' ? claims.name : null };
    },
  };
}

type Discovery = { end_session_endpoint?: string };
let discovery: { at: number; value: Discovery } | undefined;

/** The provider's end-session endpoint (RP-initiated logout), if it offers one; cached for an hour. */
export async function endSessionEndpoint(): Promise<string | null> {
  if (!ssoEnabled || !env.AUTH_OIDC_LOGOUT || !env.AUTH_OIDC_ISSUER) return null;
  if (!discovery || Date.now() - discovery.at > 60 * 60 * 1000) {
    try {
      const url = `${env.AUTH_OIDC_ISSUER.replace(/\/+$/, '')}/.well-known/openid-configuration`;
      const response = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
      if (!response.ok) return null;
      discovery = { at: Date.now(), value: (await response.json()) as Discovery };
    } catch {
      // The provider is down: Newsroom's own session still ends.
      return null;
    }
  }
  const endpoint = discovery.value.end_session_endpoint;
  return typeof endpoint === 'string' && /^https?:\/\//.test(endpoint) ? endpoint : null;
}

/** Where to send the browser after Newsroom's sign-out so that the provider's session ends too. */
export async function providerLogoutUrl(input: { idToken?: string; returnTo: string }): Promise<string | null> {
  const endpoint = await endSessionEndpoint();
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set('client_id', env.AUTH_OIDC_ID ?? '');
  url.searchParams.set('post_logout_redirect_uri', input.returnTo);
  if (input.idToken) url.searchParams.set('id_token_hint', input.idToken);
  return url.toString();
}
