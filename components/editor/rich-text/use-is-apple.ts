import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Whether shortcuts should be shown with ⌘ rather than Ctrl. False on the server and during hydration. */
export function useIsApple() {
  return useSyncExternalStore(
    noSubscription,
    () => /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent),
    () => false,
  );
}
