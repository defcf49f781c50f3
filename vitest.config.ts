import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = {
  '@': root,
  // `server-only` throws outside React Server Components; tests call the DAL directly.
  'server-only': path.join(root, 'tests/support/empty.ts'),
};

const integration = (dialect: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `integration-${dialect}`,
    include: ['tests/integration/**/*.test.ts'],
    setupFiles: ['tests/support/integration-setup.ts'],
    env: { NEWSROOM_TEST_DIALECT: dialect },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      integration('sqlite'),
      ...(process.env.TEST_POSTGRES_URL ? [integration('postgres')] : []),
    ],
  },
});
