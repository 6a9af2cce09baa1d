/**
 * The react-query keys of the data the features share, written once: a typo here would split the
 * cache silently, so every feature builds its keys through these factories
 * (tests/queries/query-keys.test.ts pins them).
 */
export const queryKeys = {
  cases: {
    /** Every query of case data: dropped on lock. */
    all: () => ['cases'] as const,
    list: () => ['cases', 'list'] as const,
    /** The list's first screenful, read at unlock before the other cases. */
    firstScreen: () => ['cases', 'first-screen'] as const,
    detail: (caseId: string) => ['cases', 'detail', caseId] as const,
    attachments: (caseId: string) => ['cases', 'attachments', caseId] as const,
    /** The interviews of one case (issue 15): case data, dropped on lock with the rest. */
    interviewsOfCase: (caseId: string) => ['cases', 'interviews', 'of-case', caseId] as const,
    /** One interview and its answers. */
    interview: (interviewId: string) => ['cases', 'interviews', 'detail', interviewId] as const,
    /** The conflicts with colleagues' versions, across cases (sync, issue 14). */
    syncConflicts: () => ['cases', 'sync-conflicts'] as const,
  },
  vault: {
    state: () => ['vault', 'state'] as const,
    /** When the vault was set up on this device: nothing personal, kept while locked. */
    createdAt: () => ['vault', 'createdAt'] as const,
    /** When the next unlock may be tried, after wrong passphrases in a row. */
    unlockRetryAt: () => ['vault', 'unlockRetryAt'] as const,
  },
  passphrase: {
    /** The passphrase checker (code and dictionaries, nothing personal): loaded once. */
    checker: () => ['passphrase', 'checker'] as const,
  },
  sync: {
    /** Whether this device is in its association's team (nothing personal). */
    team: () => ['sync', 'team'] as const,
    /** The requests to join waiting for this team (public keys and times: nothing personal). */
    joins: () => ['sync', 'joins'] as const,
    /** This device's own request to join, while it waits. */
    joinStatus: (requestId: string) => ['sync', 'join', requestId] as const,
    /** The team's devices (ids, dates of admission, public keys: nothing personal). */
    devices: () => ['sync', 'devices'] as const,
    /** The records this device keeps aside (ids only): refused by the server, not sent again. */
    setAside: () => ['sync', 'set-aside'] as const,
    /** Whether one case's changes are all on the server (an id and a state: nothing personal). */
    caseSharing: (caseId: string) => ['sync', 'case-sharing', caseId] as const,
  },
  content: {
    /** An interview script's texts in one language and its fallbacks: static data, no case's. */
    interviewTexts: (scriptId: string, language: string) =>
      ['content', 'interview-texts', scriptId, language] as const,
  },
  device: {
    /** Device preferences and storage figures: nothing personal, kept while locked. */
    all: () => ['device'] as const,
    settings: () => ['device', 'settings'] as const,
    storage: () => ['device', 'storage'] as const,
  },
};

/** What stays in the cache while the vault is locked: the vault's state and the device's settings. */
export function isKeptWhileLocked(queryKey: readonly unknown[]): boolean {
  return queryKey[0] === queryKeys.vault.state()[0] || queryKey[0] === queryKeys.device.all()[0];
}
