import { z } from 'zod/mini';

/**
 * zod compiles object schemas with `new Function` when it can, and probes for that ability once.
 * Our CSP forbids eval, so the probe would be reported as a CSP violation. Jitless mode skips both
 * the probe and the compiler. Imported first in main.tsx, before any schema is built.
 */
z.config({ jitless: true });
