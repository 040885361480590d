import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '../src/rules/schema/json-schemas.ts';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote schemas/${name}`);
}
