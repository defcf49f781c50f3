import { acknowledgeMustReadAction } from '@/app/[locale]/actions';
import type { MustReadItem } from '@/components/site/viewer-links';
import { ArticleTitleLink } from './article-title-link';

export type MustReadLabels = { title: string; intro: string; acknowledge: string };

/**
 * The must-read notices the viewer has not acknowledged, each with its "Mark as read"
 * form. Rendered on the server for pages rendered per viewer, and in the browser
 * (MustReadIsland) on the front page every signed-in reader shares.
 */
export function MustReadBanner({
  items,
  labels,
  onAcknowledge,
}: {
  items: MustReadItem[];
  labels: MustReadLabels;
  onAcknowledge?: (id: number) => void;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="must-read-title" className="rounded-lg border border-red-200 bg-red-50 p-4" data-testid="must-read-banner">
      <h2 id="must-read-title" className="font-semibold text-red-900">
        {labels.title}
      </h2>
      <p className="text-sm text-red-900">{labels.intro}</p>
      <ul className="mt-2 space-y-2">
        {items.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-3">
            <ArticleTitleLink article={a} className="font-medium text-red-900 underline" />
            <form action={acknowledgeMustReadAction} onSubmit={onAcknowledge && (() => onAcknowledge(a.id))}>
              <input type="hidden" name="articleId" value={a.id} />
              <button type="submit" className="rounded border border-red-300 bg-white px-2 py-0.5 text-xs text-red-900 hover:bg-red-100">
                {labels.acknowledge}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
