import { useRef } from 'react';

/**
 * A value made once per component instance by `create` and kept for its
 * lifetime (React's "avoid recreating the ref contents" pattern). Unlike a
 * `useState` initializer, StrictMode's double render does not call `create`
 * twice (React 19), so a client or checkout is never made twice. Internal.
 */
export function useConstant<T>(create: () => T): T {
  const ref = useRef<{ value: T } | null>(null);
  if (ref.current === null) {
    ref.current = { value: create() };
  }
  // Reading the ref here is the lazy-initialisation pattern React documents: the value never changes afterwards.
  // eslint-disable-next-line react-hooks/refs
  return ref.current.value;
}
