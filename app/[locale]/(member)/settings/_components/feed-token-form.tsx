'use client';

import { useActionState } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { createFeedTokenAction, revokeFeedTokenAction, type FeedTokenState } from '../actions';

type Texts = {
  create: string;
  replace: string;
  revoke: string;
  created: string;
  revoked: string;
  feedUrl: string;
  failed: string;
};

/** Create, replace or revoke the personal feed link; a new link is shown once. */
export function FeedTokenForm({ hasToken, texts }: { hasToken: boolean; texts: Texts }) {
  const router = useRouter();
  // After a change the page's status line ("created on …", "no feed link") is read again.
  const refreshing = (action: () => Promise<FeedTokenState>) => async (): Promise<FeedTokenState> => {
    const result = await action();
    if (result.status === 'success') router.refresh();
    return result;
  };
  const [created, create, creating] = useActionState<FeedTokenState, FormData>(refreshing(createFeedTokenAction), { status: 'idle' });
  const [revoked, revoke, revoking] = useActionState<FeedTokenState, FormData>(refreshing(revokeFeedTokenAction), { status: 'idle' });
  // The newer of the two answers wins: a revoke after a create hides the link.
  const showLink = created.status === 'success' && revoked.status !== 'success';
  const active = showLink || (hasToken && revoked.status !== 'success');
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <form action={create}>
          <Button type="submit" variant="primary" size="sm" disabled={creating} data-testid="feed-create">
            {active ? texts.replace : texts.create}
          </Button>
        </form>
        {active && (
          <form action={revoke}>
            <Button type="submit" variant="danger" size="sm" disabled={revoking} data-testid="feed-revoke">
              {texts.revoke}
            </Button>
          </form>
        )}
      </div>
      <div aria-live="polite" className="space-y-2 text-sm">
        {showLink && created.data && (
          <>
            <p className="text-slate-700">{texts.created}</p>
            <label className="block">
              <span className="mb-1 block font-medium text-slate-700">{texts.feedUrl}</span>
              <input
                readOnly
                value={created.data.url}
                onFocus={(e) => e.currentTarget.select()}
                className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs"
                data-testid="feed-url"
              />
            </label>
          </>
        )}
        {revoked.status === 'success' && <p className="text-slate-700" data-testid="feed-revoked">{texts.revoked}</p>}
        {(created.status === 'error' || revoked.status === 'error') && <p className="text-red-700">{texts.failed}</p>}
      </div>
    </div>
  );
}
