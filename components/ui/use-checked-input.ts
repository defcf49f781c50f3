import { useRef, useState, type ChangeEvent } from 'react';

/**
 * A controlled text input checked when the user confirms: `fail` shows the message and
 * puts focus back in the field, and editing the field clears the message. Spread `props`
 * on a TextField.
 */
export function useCheckedInput(initial: string) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return {
    value,
    fail(message: string) {
      setError(message);
      inputRef.current?.focus();
    },
    clearError: () => setError(null),
    props: {
      inputRef,
      value,
      error,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setValue(event.target.value);
        setError(null);
      },
    },
  };
}
