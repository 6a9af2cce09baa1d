import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layout's dependency rule is enforced by `npm run lint` (eslint.config.js). These tests lint
 * small sources as if they stood at a given path, and check the rule that fires.
 */
// The sources are virtual (no file on disk), so type-aware parsing is off for them; the boundary
// rules do not need types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function ruleIdsFor(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`ESLint could not parse ${filePath}: ${fatal.message}`);
  return messages.map((message) => message.ruleId);
}

describe('layout boundaries', () => {
  it.each([
    [
      "import { useState } from 'react';\nexport const x = useState;\n",
      'src/domain/uses-react.ts',
      'no-restricted-imports',
    ],
    [
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'src/domain/uses-dexie.ts',
      'no-restricted-imports',
    ],
    [
      "import i18next from 'i18next';\nexport const x = i18next;\n",
      'src/domain/uses-i18next.ts',
      'no-restricted-imports',
    ],
    ['export const today = new Date();\n', 'src/domain/reads-clock.ts', 'no-restricted-syntax'],
    [
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'src/features/cases/uses-dexie.ts',
      'no-restricted-imports',
    ],
    [
      "import { SettingsPage } from '../settings/settings-page';\nexport const x = SettingsPage;\n",
      'src/features/cases/imports-another-feature.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { getRepositories } from '../storage/storage';\nexport const x = getRepositories;\n",
      'src/domain/imports-storage.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { LanguageSelect } from '../features/settings/language-select';\nexport const x = LanguageSelect;\n",
      'src/ui/imports-a-feature.ts',
      'import-x/no-restricted-paths',
    ],
  ])('refuses %j in %s (%s)', async (code, filePath, ruleId) => {
    expect(await ruleIdsFor(code, filePath)).toContain(ruleId);
  });

  it('lets the storage layer import Dexie', async () => {
    const ids = await ruleIdsFor(
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'src/storage/uses-dexie.ts',
    );
    expect(ids).not.toContain('no-restricted-imports');
  });

  it('lets a feature import the storage layer and the ui primitives', async () => {
    const code =
      "import { getRepositories } from '../../storage/storage';\nimport { Field } from '../../ui/field';\nexport const x = [getRepositories, Field];\n";
    expect(await ruleIdsFor(code, 'src/features/cases/uses-layers.ts')).toEqual([]);
  });
});
