'use client';

import { useEffect, useState } from 'react';

/**
 * Shows the view count and reports this page view. Counting happens here, in the browser,
 * so link prefetches, HEAD requests and clients that do not run the page never count.
 */
export function ViewCounter({
  articleId,
  initialViews,
  label,
}: {
  articleId: number;
  initialViews: number;
  label: string;
}) {
  const [views, setViews] = useState(initialViews);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/views', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: articleId }),
      keepalive: true,
      signal: controller.signal,
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((data: { views?: number } | null) => {
        if (typeof data?.views === 'number') setViews(data.views);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [articleId]);
  return (
    <span data-testid="views">
      {label}: <span data-testid="view-count">{views}</span>
    </span>
  );
}
