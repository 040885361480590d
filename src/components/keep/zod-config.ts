import { z } from 'zod';

/**
 * zod's JIT probes `new Function`, which the Content-Security-Policy (script-src 'self', no
 * 'unsafe-eval') refuses and reports as a violation even though zod catches it. Jitless
 * parsing needs no eval. The bundler does not promise to run modules of one chunk in import
 * order, so this runs on its own, before any module holding a schema is loaded:
 * withSchemas() (with-schemas.ts) is the one way the browser loads them.
 */
z.config({ jitless: true });
