/**
 * Unsaved form input, sealed on the device (local-only, never synced, never in the query cache):
 * the query layer's door to the drafts, so forms never call the storage session themselves.
 */
import { getRepositories } from '../storage/storage';

export function loadDraft(draftId: string): Promise<unknown> {
  return getRepositories().drafts.load(draftId);
}

export function saveDraft(draftId: string, value: unknown): Promise<void> {
  return getRepositories().drafts.save(draftId, value);
}

export function clearDraft(draftId: string): Promise<void> {
  return getRepositories().drafts.clear(draftId);
}
