import { LANGUAGES } from '../../src/locales/i18n.ts';
import { loadCliResources } from '../../src/locales/load-cli-resources.ts';
import { loadResources } from '../../src/locales/load-resources.ts';

describe("the command line's texts", () => {
  it.each(LANGUAGES)('%s: are loaded with the app\'s texts by the command line, and never downloaded by the app', async (lng) => {
    const app = await loadResources(lng);
    const cli = await loadCliResources(lng);
    expect(app).not.toHaveProperty('cli');
    expect(cli).toHaveProperty('cli');
    expect(Object.keys(cli).filter((k) => k !== 'cli').sort()).toEqual(Object.keys(app).sort());
  });
});
