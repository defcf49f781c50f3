import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without a where clause is never what we mean.
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render stored HTML through components/ui/safe-html.tsx only.',
        },
      ],
    },
  },
  {
    // Pages and components reach data only through the authorized functions in lib/dal.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*', '**/db/*'], message: 'Use lib/dal: it checks who may read or write.' },
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Use lib/dal: it checks who may read or write.' },
          ],
        },
      ],
    },
  },
];

export default config;
