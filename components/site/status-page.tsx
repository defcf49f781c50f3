import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MessagePage } from './message-page';

/** The 403 and 404 pages: what happened, and the way back to the front page. */
export async function StatusPage({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const t = await getTranslations('errors');
  return (
    <MessagePage title={t(`${kind}Title`)} message={t(kind)}>
      <Link href="/" className="text-brand-700 underline">
        {t('backHome')}
      </Link>
    </MessagePage>
  );
}
