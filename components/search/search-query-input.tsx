import { QUERY_INPUT_MAX } from '@/lib/validation/search';

/** The `q` field of a search form, with a label for screen readers only. */
export function SearchQueryInput({
  id,
  label,
  placeholder,
  defaultValue,
  className,
}: {
  id: string;
  label: string;
  placeholder: string;
  defaultValue?: string;
  className: string;
}) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} maxLength={QUERY_INPUT_MAX} className={className} />
    </>
  );
}
