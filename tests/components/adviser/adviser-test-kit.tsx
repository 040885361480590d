import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { loadClients, newClient, type Client } from '../../../src/components/keep/client-store.ts';
import { createI18n, type Language } from '../../../src/locales/i18n.ts';
import type { CaseFile } from '../../../src/rules/schema/case-file.ts';
import { loadExample } from '../../support/load-example.ts';

/** The day the tests run "today". */
export const TODAY = '2026-11-22';

// Every locale file of a language, merged (what its bundle.ts holds).
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>('../../../src/locales/*/*.json', { eager: true, import: 'default' });

export function i18nFor(lng: Language = 'en'): Promise<I18n> {
  const out: Record<string, unknown> = {};
  for (const [path, texts] of Object.entries(LOCALE_FILES)) if (path.includes(`/locales/${lng}/`)) Object.assign(out, texts);
  return createI18n(lng, out);
}

export function renderWith(i18n: I18n, ui: ReactElement) {
  const user = userEvent.setup();
  const utils = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { user, ...utils, rerenderWith: (next: ReactElement) => utils.rerender(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>) };
}

export const example = (name: string) => loadExample(name) as CaseFile;

/** A client with fixed times (noon UTC: the same day in every time zone of the tests). */
export function client(name: string, changed = '2026-11-20T12:00:00.000Z'): Client {
  return { ...newClient(name, new Date(changed)), updatedAt: changed };
}

export const jsonFile = (text: string, name = 'clients.json') => new File([text], name, { type: 'application/json' });

/** The client list as saved in this browser (jsdom's localStorage); throws when it cannot be read. */
export function storedClients(): Client[] {
  const r = loadClients(localStorage);
  if (!r.ok) throw new Error(`stored list ${r.reason}`);
  return r.clients;
}
