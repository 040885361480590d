import fc from 'fast-check';
import { doorInputArb, throughEveryDoor, type DoorOutcome } from '../support/fuzz-doors.ts';

/**
 * 10,000 generated and mutated case files, each through every door the app reads answers
 * from (a case-file text, a share link, the client list in storage, a client export file).
 * A fixed seed, so a failure is the same on every machine; the benchmark runs a larger set.
 */
describe('fuzzing every door (10,000 inputs, seeded)', () => {
  it('never throws; every refusal names a field; every accepted input gives a schema-valid plan; no client is lost', async () => {
    const out: DoorOutcome = { accepted: 0, refused: 0, faults: [] };
    const inputs = fc.sample(doorInputArb, { numRuns: 10_000, seed: 20261206 });
    for (const input of inputs) await throughEveryDoor(input, out);
    expect(out.faults.slice(0, 5)).toEqual([]);
    // Both outcomes are exercised, not only one.
    expect(out.accepted).toBeGreaterThan(1_000);
    expect(out.refused).toBeGreaterThan(1_000);
  }, 300_000);
});
