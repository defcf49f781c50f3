import { useEffect, useRef, type RefObject } from 'react';

/**
 * Runs `onReset` when the form around `ref` is reset: by a reset button, or by React after
 * a successful form action. It runs after the reset and React's commit, so it sees the
 * newest props (the saved values a field should go back to).
 */
export function useFormReset(ref: RefObject<{ form: HTMLFormElement | null } | null>, onReset: () => void, active = true) {
  const latest = useRef(onReset);
  useEffect(() => {
    latest.current = onReset;
  });
  useEffect(() => {
    const form = ref.current?.form;
    if (!form || !active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handle = () => {
      timer = setTimeout(() => latest.current(), 0);
    };
    form.addEventListener('reset', handle);
    return () => {
      form.removeEventListener('reset', handle);
      clearTimeout(timer);
    };
  }, [ref, active]);
}
