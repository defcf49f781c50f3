import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { SESSION_COOKIE, useSecureCookies } from '@/lib/auth/cookies';
import { authSecret } from '@/lib/auth/secret';
import { endAllSessions, verifyCredentials } from '@/lib/dal/users';
import { SYSTEM } from '@/lib/permissions';

declare module 'next-auth' {
  interface User {
    sv?: number;
  }
  interface Session {
    sv?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sv?: number;
  }
}

class LockedOut extends CredentialsSignin {
  code = 'locked';
}

const credentialsInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

// Sign-in methods. Single sign-on providers join this list by configuration.
const providers: NextAuthConfig['providers'] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw) {
      const parsed = credentialsInput.safeParse(raw);
      if (!parsed.success) return null;
      const result = await verifyCredentials(parsed.data);
      if (!result.ok) {
        if (result.reason === 'locked') throw new LockedOut();
        return null;
      }
      // The token carries the user id and the session version only; roles and the
      // active flag are read from the database on every request (lib/auth/session.ts).
      return { id: String(result.userId), sv: result.sessionVersion };
    },
  }),
];

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
    // `session` is what a client may send to /api/auth/session: never copy from it.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sv;
      }
      return { sub: token.sub, sv: token.sv, iat: token.iat, exp: token.exp, jti: token.jti };
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
