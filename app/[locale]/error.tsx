'use client';

import { useTranslations } from 'next-intl';
import { MessagePage } from '@/components/site/message-page';
import { Button } from '@/components/ui/button';

// Shows a generic message only: error details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <MessagePage title={t('errorTitle')} message={t('error')}>
      <Button variant="primary" size="lg" onClick={reset}>
        {t('retry')}
      </Button>
    </MessagePage>
  );
}
