'use client';

import { useTranslations } from 'next-intl';

// Shows a generic message only: error details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <p className="mt-3 text-slate-600">{t('error')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        {t('retry')}
      </button>
    </main>
  );
}
