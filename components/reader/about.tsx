import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';

export async function AboutScreen() {
  const t = await getTranslations('about');
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2 className="pt-4 text-lg font-semibold">{t('accessTitle')}</h2>
      <p>{t('access')}</p>
      <h2 className="pt-4 text-lg font-semibold">{t('viewsTitle')}</h2>
      <p>{t('views', { minutes: env.NEWSROOM_VIEW_DEDUPE_MINUTES })}</p>
    </div>
  );
}
