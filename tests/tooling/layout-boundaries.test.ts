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
    // Issue 9: outside storage/, only its public face; outside domain/, only domain/index.ts.
    [
      "import { PasserelleDb } from '../../storage/db';\nexport const x = PasserelleDb;\n",
      'src/features/cases/imports-storage-db.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { createCasesRepository } from '../storage/cases-repository';\nexport const x = createCasesRepository;\n",
      'src/queries/imports-a-repository.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { assessCase } from '../../domain/assess-case';\nexport const x = assessCase;\n",
      'src/features/cases/imports-a-domain-module.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { CaseListPage } from '../features/cases/case-list-page';\nexport const x = CaseListPage;\n",
      'src/queries/imports-a-feature.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { caseQueries } from '../queries/case-queries';\nexport const x = caseQueries;\n",
      'src/storage/imports-the-query-layer.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { getRepositories } from '../../storage/storage';\nexport const x = getRepositories;\n",
      'src/features/cases/calls-the-storage-session.ts',
      'no-restricted-imports',
    ],
    // Decision 019: the mocks may use the wire and admission crypto, never the database.
    [
      "import { PasserelleDb } from '../storage/db';\nexport const x = PasserelleDb;\n",
      'src/mocks/imports-storage-db.ts',
      'import-x/no-restricted-paths',
    ],
    [
      "import { createWireCodec } from '../../storage/sync-wire';\nexport const x = createWireCodec;\n",
      'src/features/cases/imports-the-wire-codec.ts',
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

  it("lets a feature import the storage layer's public face and the ui primitives", async () => {
    const code =
      "import type { AttachmentMeta } from '../../storage/storage';\nimport { StaleRecordError } from '../../storage/errors';\nimport { Field } from '../../ui/field';\nexport const x: [unknown, AttachmentMeta?] = [[StaleRecordError, Field]];\n";
    expect(await ruleIdsFor(code, 'src/features/cases/uses-layers.ts')).toEqual([]);
  });

  it('lets the demo colleague (src/mocks) seal and join with the device’s own crypto', async () => {
    const code =
      "import { createWireCodec } from '../storage/sync-wire';\nimport { admit } from '../storage/crypto/team-key';\nimport { bytesToBase64 } from '../storage/base64';\nexport const x = [createWireCodec, admit, bytesToBase64];\n";
    expect(await ruleIdsFor(code, 'src/mocks/uses-the-wire.ts')).toEqual([]);
  });

  it('lets a feature read through the query layer and the domain through its public face', async () => {
    const code =
      "import { caseQueries } from '../../queries/case-queries';\nimport { assessCaseFile } from '../../domain';\nexport const x = [caseQueries, assessCaseFile];\n";
    expect(await ruleIdsFor(code, 'src/features/cases/uses-the-floor.ts')).toEqual([]);
  });
});
