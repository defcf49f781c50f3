import { headers } from 'next/headers';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientAddress } from '@/lib/auth/client-address';
import { SESSION_COOKIE, useSecureCookies } from '@/lib/auth/cookies';
import { OIDC_PROVIDER_ID, oidcProvider } from '@/lib/auth/oidc';
import { verifyCredentials } from '@/lib/dal/sign-in';
import { ssoSignIn } from '@/lib/dal/sso';
import { endAllSessions } from '@/lib/dal/users';
import { authSecret } from '@/lib/auth/secret';
import { SYSTEM } from '@/lib/permissions';

declare module 'next-auth' {
  interface User {
    sv?: number;
    /** The provider's ID token, kept for RP-initiated logout. */
    idt?: string;
  }
  interface Session {
    sv?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sv?: number;
    /** How the session began: single sign-on keeps the ID token for the provider's logout. */
    m?: 'password' | 'sso';
    idt?: string;
  }
}

/** A refused password sign-in, with the reason the sign-in form shows (auth.<code>). */
class Refused extends CredentialsSignin {
  constructor(reason: 'locked' | 'throttled' | 'sso_only') {
    super();
    this.code = reason;
  }
}

const credentialsInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

// Sign-in methods. Single sign-on providers join this list by configuration.
const providers: NextAuthConfig['providers'] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = credentialsInput.safeParse(raw);
      if (!parsed.success) return null;
      const result = await verifyCredentials({ ...parsed.data, client: clientAddress(request.headers) });
      if (!result.ok) {
        if (result.reason !== 'invalid') throw new Refused(result.reason);
        return null;
      }
      // The token carries the user id and the session version only; roles and the
      // active flag are read from the database on every request (lib/auth/session.ts).
      return { id: String(result.userId), sv: result.sessionVersion };
    },
  }),
  ...[oidcProvider()].filter((p) => p !== null),
];

/** The longest ID token kept in the session cookie for the provider's logout. */
const MAX_KEPT_ID_TOKEN = 2500;

export const config = {
  providers,
  secret: authSecret(),
  trustHost: true,
  useSecureCookies,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60, updateAge: 60 * 60 },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: useSecureCookies },
    },
  },
  pages: { signIn: '/login', error: '/login' },
  callbacks: {
    // Single sign-on: the ID token has been checked; lib/dal/sso.ts finds, links or creates
    // the account and applies the groups. A refusal goes back to the sign-in page, which says why.
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const result = await ssoSignIn(profile ?? {}, clientAddress(await headers()));
      if (!result.ok) return `/login?${new URLSearchParams({ sso: result.reason, ...(result.field ? { field: result.field } : {}) })}`;
      user.id = String(result.userId);
      user.sv = result.sessionVersion;
      if (account.id_token && account.id_token.length <= MAX_KEPT_ID_TOKEN) user.idt = account.id_token;
      return true;
    },
    // `session` is what a client may send to /api/auth/session: never copy from it.
    jwt({ token, user, account }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sv;
        token.m = account?.provider === OIDC_PROVIDER_ID ? 'sso' : 'password';
        token.idt = user.idt;
      }
      return { sub: token.sub, sv: token.sv, m: token.m, idt: token.idt, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return {
        expires: session.expires,
        user: { id: token.sub ?? '' },
        sv: typeof token.sv === 'number' ? token.sv : undefined,
      } as typeof session;
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // A malformed URL falls back to the home page.
      }
      return baseUrl;
    },
  },
  logger: {
    // A wrong password is an everyday event, already counted by the lockout: one line, no
    // stack trace. Anything else Auth.js reports keeps its details.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === 'CredentialsSignin') console.warn('[auth] sign-in refused: wrong email or password, or a locked account');
      else if (name === 'AccessDenied') console.warn('[auth] single sign-on refused (see the audit log)');
      else console.error('[auth]', error);
    },
  },
  events: {
    async signOut(message) {
      // Signing out ends every session of the user, so a copied cookie is worthless.
      const token = 'token' in message ? message.token : null;
      const id = Number(token?.sub);
      if (Number.isSafeInteger(id) && id > 0) await endAllSessions(SYSTEM, id);
    },
  },
} satisfies NextAuthConfig;

// Pages read the session through lib/auth/session.ts (getViewer), which decodes this
// cookie directly; Auth.js itself handles sign-in, sign-out and its own routes.
export const { handlers, signIn, signOut } = NextAuth(config);
