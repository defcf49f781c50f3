import { CalendarDays, Megaphone, Newspaper } from 'lucide-react';
import type { CardImage } from '@/lib/dal/readable';
import { cn } from '@/lib/utils';

// The picture at the top of a card: the article's cover, or, in a row where other cards
// have one, a quiet panel in its category's colour so that the row stays even. Both are
// decorative: the card's title says what the article is.

const TINTS = [
  'bg-sky-100 text-sky-800',
  'bg-emerald-100 text-emerald-800',
  'bg-amber-100 text-amber-800',
  'bg-violet-100 text-violet-800',
  'bg-rose-100 text-rose-800',
  'bg-teal-100 text-teal-800',
] as const;

/** The same tint for a category everywhere. */
export function categoryTint(slug: string) {
  let h = 0;
  for (const ch of slug) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return TINTS[h % TINTS.length];
}

function CategoryIcon({ slug, isMeeting }: { slug: string; isMeeting: boolean }) {
  const props = { className: 'size-10 opacity-60', strokeWidth: 1.5 };
  if (isMeeting || slug.includes('meeting')) return <CalendarDays {...props} />;
  if (slug.includes('notice')) return <Megaphone {...props} />;
  return <Newspaper {...props} />;
}

/** A cover image filling a box of the given aspect ratio. */
export function CoverImage({ image, className, priority = false }: { image: CardImage; className?: string; priority?: boolean }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- uploads are already resized into width variants by the server
    <img
      src={image.src}
      srcSet={image.srcset}
      sizes={image.sizes}
      width={image.width}
      height={image.height}
      alt=""
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={cn('h-full w-full bg-slate-100 object-cover', className)}
      data-testid="card-image"
    />
  );
}

/** The cover of a card, or the category's panel where there is none. */
export function CardMedia({
  image,
  category,
  isMeeting,
  className,
  priority,
}: {
  image: CardImage | null;
  category: { slug: string; name: string };
  isMeeting: boolean;
  className?: string;
  priority?: boolean;
}) {
  if (image) {
    return (
      <div className={cn('overflow-hidden bg-slate-100', className)}>
        <CoverImage image={image} priority={priority} />
      </div>
    );
  }
  return (
    <div aria-hidden="true" className={cn('flex items-center justify-center', categoryTint(category.slug), className)} data-testid="card-placeholder">
      <CategoryIcon slug={category.slug} isMeeting={isMeeting} />
    </div>
  );
}
