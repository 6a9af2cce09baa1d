/**
 * The first-run screen's code, fetched once by the vault gate when it shows the screen; and, on a
 * device with no vault, the moment the screen is shown, which the app's start waits for before it
 * fetches the database's code (src/app/start.tsx): over a slow network the screen comes first.
 */
import type { SetupVaultScreen } from './setup-vault-screen';

interface FirstRunScreenModule {
  SetupVaultScreen: typeof SetupVaultScreen;
}

/** Past this, the database's code is fetched anyway (the screen's own could not be loaded). */
const SHOWN_AT_THE_LATEST_MS = 3_000;

let loading: Promise<FirstRunScreenModule> | undefined;
let markShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

export function loadFirstRunScreen(): Promise<FirstRunScreenModule> {
  loading ??= import('./setup-vault-screen');
  return loading;
}

/** Called by the first-run screen once it is on the page. */
export function markFirstRunScreenShown(): void {
  markShown();
}

/** Settles once the first-run screen is on the page, or after a few seconds at the latest. */
export function firstRunScreenShown(): Promise<void> {
  void loadFirstRunScreen().catch(() => undefined);
  return Promise.race([
    shown,
    new Promise<void>((resolve) => setTimeout(resolve, SHOWN_AT_THE_LATEST_MS)),
  ]);
}
