/**
 * zod compiles object schemas with `new Function` when the page allows it, and finds out by trying:
 * under the Content-Security-Policy (no 'unsafe-eval') that attempt is a reported violation. The
 * app tells zod up front not to try. Imported first by main.tsx, before any schema is used.
 */
import { z } from 'zod';

z.config({ jitless: true });
