import { EmptyState } from './empty-state';

/**
 * A list of items, or what to say when there are none. Each item is rendered in its own
 * <li>, keyed by id; `ordered` for ranked lists such as search results.
 */
export function ItemList<T extends { id: number | string }>({
  items,
  empty,
  ordered = false,
  className,
  children,
}: {
  items: readonly T[];
  empty: React.ReactNode;
  ordered?: boolean;
  className?: string;
  children: (item: T) => React.ReactNode;
}) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </List>
  );
}
