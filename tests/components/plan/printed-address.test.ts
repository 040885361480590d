import { PRINTED_ADDRESS_MAX, printedAddress } from '../../../src/components/plan/plan-format.ts';
import { ALL_SOURCES } from '../../../src/rules/plan/all-sources.ts';

/** Issue 12, compact print-out: a source's address on paper is one a person can type. */
describe('printedAddress', () => {
  it('prints a short address whole, without the scheme', () => {
    expect(printedAddress('https://www.minv.sk/?pobyt-cudzinca')).toBe('www.minv.sk/?pobyt-cudzinca');
    expect(printedAddress('http://torvenytar.sk/print.php')).toBe('torvenytar.sk/print.php');
  });

  it('prints a long address as its site', () => {
    expect(printedAddress('https://mic.iom.sk/index.php/sk/pobyt2/prechodny-pobyt/325-ako-mozno-dokladovat-ucel-pobytu')).toBe('mic.iom.sk/…');
  });

  it('keeps exactly PRINTED_ADDRESS_MAX characters whole, and cuts one more', () => {
    const at = `https://example.sk/${'a'.repeat(PRINTED_ADDRESS_MAX - 'example.sk/'.length)}`;
    expect(printedAddress(at)).toBe(at.slice('https://'.length));
    expect(printedAddress(`${at}b`)).toBe('example.sk/…');
  });

  it('prints every source either whole (at most PRINTED_ADDRESS_MAX characters) or as its site', () => {
    for (const s of Object.values(ALL_SOURCES)) {
      const printed = printedAddress(s.url);
      const bare = s.url.replace(/^https?:\/\//, '');
      if (printed === bare) expect(bare.length).toBeLessThanOrEqual(PRINTED_ADDRESS_MAX);
      else expect(printed).toBe(`${new URL(s.url).host}/…`);
    }
  });
});
