import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-3 text-slate-600">{t('forbidden')}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t('backHome')}
      </Link>
    </main>
  );
}
