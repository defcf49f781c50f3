import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const pagePolicy = [
  {
    key: 'Content-Security-Policy',
    // Next's inline bootstrap scripts need 'unsafe-inline' without nonces; nonces would
    // make every page dynamic. Everything else is locked to our own origin.
    value: [
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Rendered pages live in memory only: the database is the source of truth, so a restart
  // (or a different database) never serves pages cached from another run.
  cacheHandler: new URL('./lib/cache/memory-cache-handler.mjs', import.meta.url).pathname,
  cacheMaxMemorySize: 0,
  serverExternalPackages: ['argon2', '@libsql/client', 'libsql', 'postgres', 'sanitize-html', 'sharp', 'nodemailer'],
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/[locale]/forbidden.tsx with a 403 for readers on staff pages.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Uploaded files carry their own, stricter policy (a sandbox: app/files/[key]/route.ts);
      // a header set here would replace it.
      { source: '/:path((?!files/).*)', headers: pagePolicy },
    ];
  },
};

export default withNextIntl(nextConfig);
