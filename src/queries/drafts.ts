/**
 * Unsaved form input, sealed on the device (local-only, never synced, never in the query cache):
 * the query layer's door to the drafts, so forms never call the storage session themselves.
 * A draft belongs to the tab that typed it: its key carries this tab's id, kept in sessionStorage
 * (a random id, nothing personal), which survives a reload of the tab and is new in another tab.
 */
import { getRepositories } from '../storage/storage';

const TAB_KEY = 'passerelle.tab';

function tabId(): string {
  if (typeof sessionStorage === 'undefined') return 'this-tab';
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

const keyOf = (draftId: string) => `${draftId}@${tabId()}`;

export function loadDraft(draftId: string): Promise<unknown> {
  return getRepositories().drafts.load(keyOf(draftId));
}

export function saveDraft(draftId: string, value: unknown): Promise<void> {
  return getRepositories().drafts.save(keyOf(draftId), value);
}

export function clearDraft(draftId: string): Promise<void> {
  return getRepositories().drafts.clear(keyOf(draftId));
}
