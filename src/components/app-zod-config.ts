import { z } from 'zod';

/**
 * Imported first by main.tsx, before any schema parses: zod's JIT probes `new Function`,
 * which the Content-Security-Policy (script-src 'self', no 'unsafe-eval') refuses and
 * reports as a violation even though zod catches it. Jitless parsing needs no eval.
 */
z.config({ jitless: true });
