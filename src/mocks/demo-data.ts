/**
 * The fictional demo vault: its passphrase is printed on the unlock screen of the demo modes.
 * Every person here is invented; the labels say so.
 */
import type { Repositories } from '../storage/storage';

export const DEMO_PASSPHRASE = 'demo-passerelle-2026';

export async function seedDemoData(repositories: Repositories): Promise<void> {
  await repositories.cases.create({ label: 'DEMO-FR-001 (fictive)', pathway: 'fr-trafficking' });
  await repositories.cases.create({ label: 'DEMO-FR-002 (fictive)', pathway: 'fr-humanitarian' });
  await repositories.cases.create({ label: 'DEMO-BE-001 (fictive)', pathway: 'be-trafficking' });
}
