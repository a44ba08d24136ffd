/**
 * Focus the element when it appears. The HTML `autofocus` attribute works only once per page
 * load, so forms that open later (transfer, pause, sign-in after sign-out) need this.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
