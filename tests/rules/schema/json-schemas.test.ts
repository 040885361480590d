import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from '../../../src/rules/schema/json-schemas.ts';

describe('committed JSON Schemas are generated from the zod schemas', () => {
  it.each(Object.entries(generateJsonSchemas()))('schemas/%s is fresh', (name, text) => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'schemas', name), 'utf8');
    expect(committed).toBe(text);
  });

  it('the case-file schema lists every question as a property', () => {
    const schema = JSON.parse(generateJsonSchemas()['case-file.schema.json']!);
    const props = Object.keys(schema.$defs.CaseFile.properties);
    expect(props).toEqual(expect.arrayContaining(['citizenship', 'stayLength', 'purpose', 'arrivalDate', 'cardChip']));
    expect(schema.$defs.CaseFile.additionalProperties).toBe(false);
  });
});
