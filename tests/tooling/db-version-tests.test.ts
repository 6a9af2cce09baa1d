import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/**
 * Every database version must be proven by an upgrade test: one that opens a database seeded at
 * the version before it (README "Add a database version"). This reads the schema's declarations
 * and the upgrade tests' names, and fails when a version has none.
 */
async function declaredVersions(): Promise<number[]> {
  const source = await readFile('src/storage/db.ts', 'utf8');
  return [...source.matchAll(/this\.version\((\d+)\)/g)].map((match) => Number(match[1]));
}

async function seededVersionsTested(): Promise<Set<number>> {
  const source = await readFile('tests/storage/db-versions.test.ts', 'utf8');
  const names = [...source.matchAll(/\bit\(\s*'([^']*)'/g)].map((match) => match[1] ?? '');
  return new Set(
    names.flatMap((name) =>
      [...name.matchAll(/seeded at v(\d+)/g)].map((match) => Number(match[1])),
    ),
  );
}

describe('database versions and their upgrade tests', () => {
  it('finds the versions the schema declares', async () => {
    const versions = await declaredVersions();
    expect(versions.length).toBeGreaterThan(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('has, for every version after the first, a test that opens a database seeded at the version before', async () => {
    const versions = await declaredVersions();
    const tested = await seededVersionsTested();
    const untested = versions.slice(1).filter((version) => !tested.has(version - 1));
    expect(untested, 'versions with no upgrade test (tests/storage/db-versions.test.ts)').toEqual(
      [],
    );
  });
});
