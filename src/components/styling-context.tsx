import { createContext, useContext } from 'react';

/** Internal: whether the components below render without class names (`unstyled`). */
export const UnstyledContext = createContext(false);
UnstyledContext.displayName = 'PaymentUnstyledContext';

/** Whether to render without class names: the `unstyled` argument when given, else the nearest processor's. Internal. */
export function useUnstyled(unstyled?: boolean): boolean {
  const inherited = useContext(UnstyledContext);
  return unstyled ?? inherited;
}

/**
 * Returns a function giving `name` as a class name, or `undefined` when the
 * nearest processor (or the `unstyled` argument) asks for no class names.
 * Internal.
 */
export function useClassName(unstyled?: boolean): (name: string) => string | undefined {
  const off = useUnstyled(unstyled);
  return (name) => (off ? undefined : name);
}
