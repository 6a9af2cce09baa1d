/**
 * The one merge of a record edited in two places (two tabs now, two devices through sync later):
 * each side's changes since the version both started from are kept; the same value changed
 * differently on both sides is a conflict, reported with both values for the user to settle.
 * Nothing is dropped silently.
 *
 * Values are JSON-like (what the case file's schemas parse). Objects merge key by key; a list whose
 * items all carry an `id` (timeline entries) merges item by item; any other list, and any other
 * value, is one value.
 */

/** Where a conflict is: object keys, and for lists of items with an id, the item's id. */
export type MergePath = readonly string[];

export interface MergeConflict {
  path: MergePath;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult<T> {
  /** Both sides' changes; where they conflict, `theirs` (what is stored) until the user settles. */
  merged: T;
  conflicts: MergeConflict[];
}

type Entries = Record<string, unknown>;
type Item = Entries & { id: string };

export function isEntries(value: unknown): value is Entries {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isItemList(value: unknown): value is Item[] {
  return (
    Array.isArray(value) && value.every((item) => isEntries(item) && typeof item.id === 'string')
  );
}

/** Deep equality of JSON-like values; an absent key equals `undefined`. */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => isSameValue(item, b[index]));
  if (isEntries(a) && isEntries(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isSameValue(a[key], b[key]));
  }
  return false;
}

function mergeEntries(
  base: Entries | undefined,
  ours: Entries,
  theirs: Entries,
  path: MergePath,
  conflicts: MergeConflict[],
): Entries {
  const merged: Entries = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)]);
  for (const key of keys) {
    const value = mergeAt(base?.[key], ours[key], theirs[key], [...path, key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

function mergeItems(
  base: readonly Item[],
  ours: readonly Item[],
  theirs: readonly Item[],
  path: MergePath,
  conflicts: MergeConflict[],
): Item[] {
  const byId = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]));
  const [baseItems, ourItems, theirItems] = [byId(base), byId(ours), byId(theirs)];
  // Their order first (what is stored), then the items only we added, in our order.
  const ids = [...theirItems.keys(), ...[...ourItems.keys()].filter((id) => !theirItems.has(id))];
  const merged: Item[] = [];
  for (const id of ids) {
    const value = mergeAt(
      baseItems.get(id),
      ourItems.get(id),
      theirItems.get(id),
      [...path, id],
      conflicts,
    );
    if (value !== undefined) merged.push(value as Item);
  }
  return merged;
}

function mergeAt(
  base: unknown,
  ours: unknown,
  theirs: unknown,
  path: MergePath,
  conflicts: MergeConflict[],
): unknown {
  if (isSameValue(ours, theirs)) return theirs;
  if (isSameValue(base, ours)) return theirs;
  if (isSameValue(base, theirs)) return ours;
  if (isEntries(ours) && isEntries(theirs))
    return mergeEntries(isEntries(base) ? base : undefined, ours, theirs, path, conflicts);
  if (isItemList(ours) && isItemList(theirs))
    return mergeItems(isItemList(base) ? base : [], ours, theirs, path, conflicts);
  conflicts.push({ path, base, ours, theirs });
  return theirs;
}

/**
 * Merges `ours` and `theirs`, two versions edited from `base`. Pure: the three inputs are left as
 * they are. When `conflicts` is empty, `merged` holds every change of both sides.
 */
export function mergeThreeWay<T>(base: T, ours: T, theirs: T): MergeResult<T> {
  const conflicts: MergeConflict[] = [];
  const merged = mergeAt(base, ours, theirs, [], conflicts) as T;
  return { merged, conflicts };
}

/**
 * Settles conflicts: at each path, the value the user chose replaces what `mergeThreeWay` left
 * there. Paths through an item list follow the item's id; a chosen `undefined` removes the key.
 */
export function settleConflicts<T>(
  merged: T,
  choices: readonly { path: MergePath; value: unknown }[],
): T {
  let result: unknown = merged;
  for (const { path, value } of choices) result = replaceAt(result, path, value);
  return result as T;
}

function replaceAt(target: unknown, path: MergePath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (isItemList(target)) {
    const index = target.findIndex((item) => item.id === head);
    const next = replaceAt(target[index], rest, value);
    if (index === -1) return next === undefined ? target : [...target, next];
    return next === undefined
      ? target.filter((_, at) => at !== index)
      : target.map((item, at) => (at === index ? next : item));
  }
  const entries: Entries = isEntries(target) ? { ...target } : {};
  const next = replaceAt(entries[head], rest, value);
  if (next === undefined) delete entries[head];
  else entries[head] = next;
  return entries;
}
