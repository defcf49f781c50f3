import { env } from '@/lib/env';

// Secure cookies need HTTPS. Behind TLS (AUTH_URL https, or NEWSROOM_SECURE_COOKIES=true)
// the session cookie takes the __Host- prefix, which binds it to this host and path /.
export const useSecureCookies = env.NEWSROOM_SECURE_COOKIES ?? !!env.AUTH_URL?.startsWith('https://');
export const SESSION_COOKIE = useSecureCookies ? '__Host-newsroom.session' : 'newsroom.session';
