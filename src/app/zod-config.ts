/**
 * zod compiles object schemas with `new Function` when the page allows it, and finds out by trying:
 * under the Content-Security-Policy (no 'unsafe-eval') that attempt is a reported violation. The
 * app tells zod up front not to try. Imported first by main.tsx, before any schema is used.
 *
 * Through the global that zod's core reads its configuration from when it loads
 * (`globalThis.__zod_globalConfig`, zod ≥ 4.1), not through `z.config()`: zod is then no part of the
 * first screen's JavaScript (issue 13). tests/app/zod-config.test.ts checks that zod sees it.
 */
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: Record<string, unknown> };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
