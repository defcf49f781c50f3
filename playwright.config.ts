import { defineConfig, devices } from '@playwright/test';

// End-to-end tests drive the system Chromium (never a downloaded one) against the
// production build, served by the same start script as `npm start`, on a fresh SQLite
// database seeded with a known demo password.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const E2E_PASSWORD = 'e2e-demo-password-123';
export const E2E_DB = 'data/e2e.db';
/** The OpenID Connect provider that tests/e2e/sso.spec.ts starts on loopback. */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 4320);
export const OIDC_CLIENT = { id: 'newsroom-e2e', secret: 'newsroom-e2e-client-secret-0123456789' };
const E2E_UPLOADS = 'data/e2e-uploads';

const tsx = 'node node_modules/tsx/dist/cli.mjs --conditions=react-server';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['setup'] },
  ],
  webServer: {
    command: `rm -rf ${E2E_DB} ${E2E_DB}-wal ${E2E_DB}-shm ${E2E_UPLOADS} && ${tsx} scripts/db.ts migrate && node --max-old-space-size=512 scripts/start.mjs`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      DATABASE_URL: `file:${E2E_DB}`,
      // The demo covers the seed draws, apart from a developer's own uploads.
      NEWSROOM_UPLOAD_DIR: E2E_UPLOADS,
      NEWSROOM_DEMO_PASSWORD: E2E_PASSWORD,
      // Loopback only. Next 16 keeps proxy rewrites internal for localhost, not for a bare IP.
      NEWSROOM_HOST: 'localhost',
      PORT: String(PORT),
      NEWSROOM_VIEW_FLUSH_MS: '200',
      NEWSROOM_SCHEDULER_INTERVAL_MS: '1000',
      // Single sign-on against the provider that sso.spec.ts starts (down in the other specs).
      AUTH_OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
      AUTH_OIDC_ID: OIDC_CLIENT.id,
      AUTH_OIDC_SECRET: OIDC_CLIENT.secret,
      AUTH_OIDC_NAME: 'Lanstone account',
      AUTH_OIDC_ALLOWED_DOMAINS: 'newsroom.example',
      AUTH_OIDC_UNIT_CLAIM: 'department',
      NEWSROOM_LOGIN_CLIENT_MAX_FAILURES: '20',
    },
  },
});
