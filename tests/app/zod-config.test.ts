import { describe, expect, it } from 'vitest';

describe('zod under the Content-Security-Policy', () => {
  it('is told, before the first schema runs, never to compile schemas with new Function', async () => {
    await import('../../src/app/zod-config');
    // zod's core, as every schema of the app reads it (src/app/zod-config.ts sets it apart).
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });
});
