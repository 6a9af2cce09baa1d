/**
 * A list whose items are edited in place, one at a time, plus a "new" one: which is open, and
 * where focus goes when the editor closes (the item's Edit button, the saved item, or Add). The
 * section holding the list gets `sectionRef`; its buttons carry `data-focus-key` (an item's id,
 * or 'add').
 */
import { useEffect, useRef, useState } from 'react';

export function useInlineEditor<T extends { id: string }>() {
  const [editing, setEditing] = useState<T | 'new' | undefined>();
  const returnTo = useRef<string | undefined>(undefined);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (returnTo.current === undefined) return;
    sectionRef.current
      ?.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(returnTo.current)}"]`)
      ?.focus();
    returnTo.current = undefined;
  });
  /** After a save, to `savedId` when given; otherwise back where the editor was opened from. */
  const close = (savedId?: string) => {
    returnTo.current = savedId ?? (editing === 'new' || editing === undefined ? 'add' : editing.id);
    setEditing(undefined);
  };
  /** Focus goes to the button `key` after the next render (an item deleted: to Add). */
  const returnFocusTo = (key: string) => {
    returnTo.current = key;
  };
  return { editing, open: setEditing, close, returnFocusTo, sectionRef };
}
