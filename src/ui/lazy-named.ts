import { lazy, type ComponentType } from 'react';

/**
 * A component loaded when first rendered (React.lazy) from a module's named export: the module is
 * a chunk of its own, fetched then, not with the first screen.
 */
export function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
