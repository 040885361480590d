import type { i18n as I18n } from 'i18next';
import type { CaseFile } from '../rules/schema/case-file.ts';
import { createI18n, isLanguage, LANGUAGES } from '../locales/i18n.ts';
import { loadResources } from '../locales/load-resources.ts';
import { withSchemas } from '../components/keep/with-schemas.ts';
import type { IncomingShare } from '../components/keep/incoming-share.ts';
import { hasSharedCaseFile } from '../components/keep/share-fragment.ts';
import { hasStoredSession, KEY_PREFIX, STORAGE_VERSION } from '../components/keep/storage-keys.ts';
import type { LoadResult, SavedSession } from '../components/keep/storage.ts';

/**
 * Everything the app needs before its first render, worked out from the browser: the
 * language, its texts, the saved session and a share link in the address. No React here, so
 * main.tsx stays a few lines and the tests can run the same start-up.
 */

/** The languages the interface offers, in the order shown (the UI list comes from i18n.ts). */
export const APP_LANGUAGES: readonly string[] = LANGUAGES;

/** Where the chosen language is kept: with the other keys of the app, so "Clear my data" removes it. */
export const LANGUAGE_KEY = `${KEY_PREFIX}${STORAGE_VERSION}:language`;

/** Loads one language's texts (only that one) and makes an i18next instance for it. */
export type LanguageLoader = (lng: string) => Promise<I18n>;

export const loadLanguage: LanguageLoader = async (lng) => {
  if (!isLanguage(lng)) throw new Error(`no texts for language "${lng}"`);
  return createI18n(lng, await loadResources(lng));
};

export type { IncomingShare } from '../components/keep/incoming-share.ts';

/** Today in the person's time zone, as YYYY-MM-DD: the date plans are made for. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function loadLanguageChoice(store: Storage | undefined): string | undefined {
  try {
    return store?.getItem(LANGUAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguageChoice(lng: string, store: Storage | undefined): void {
  try {
    store?.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Storage refused: the choice lasts until the page closes.
  }
}

/** The language a page's address names (`/sk/…`, `/uk/…`); none for `/`. */
export function pageLanguage(pathname: string, offered: readonly string[]): string | undefined {
  const first = pathname.split('/').find((part) => part !== '');
  return first && offered.includes(first) ? first : undefined;
}

/**
 * The language to start in: the language the address names (`/sk/…`: a link, a bookmark,
 * a reload, made in that language), else the person's saved choice, else the first browser
 * language we have (by its primary subtag: `sk-SK` is Slovak, `uk-UA` Ukrainian), else English.
 */
export function pickLanguage(
  saved: string | undefined,
  page: string | undefined,
  browser: readonly string[],
  offered: readonly string[],
): string {
  if (page && offered.includes(page)) return page;
  if (saved && offered.includes(saved)) return saved;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (offered.includes(primary)) return primary;
  }
  return offered.includes('en') ? 'en' : (offered[0] ?? 'en');
}

export interface BootOptions {
  store: Storage | undefined;
  /** `location.hash`. */
  hash: string;
  /** `location.pathname`: `/sk/` and `/uk/` name their language. */
  pathname?: string;
  /** `navigator.languages`. */
  browserLanguages: readonly string[];
  today: string;
  languages?: readonly string[];
  load?: LanguageLoader;
}

export interface BootResult {
  i18n: I18n;
  session: LoadResult<SavedSession>;
  incoming: IncomingShare | undefined;
}

/** Start-up: pick and load the language, read the saved session and any share link. Writes nothing. */
export async function boot({
  store,
  hash,
  pathname = '/',
  browserLanguages,
  today,
  languages = APP_LANGUAGES,
  load = loadLanguage,
}: BootOptions): Promise<BootResult> {
  const lng = pickLanguage(loadLanguageChoice(store), pageLanguage(pathname, languages), browserLanguages, languages);
  const i18n = await load(lng);
  // The checks (schemas, rules) load only when there is something to check: a first visit
  // with no link starts on the start page with none of them.
  const session = await readSession(store);
  const incoming = hasSharedCaseFile(hash)
    ? (await withSchemas(() => import('../components/keep/incoming-share.ts'))).readIncomingShare(hash, today)
    : undefined;
  return { i18n, session, incoming };
}

/**
 * The session saved in this browser, read now: at start-up, and on the first-visit start
 * page when another window saves one. The checks load only when there is one to read.
 */
export async function readSession(store: Storage | undefined): Promise<LoadResult<SavedSession>> {
  if (!store) return { status: 'unavailable' };
  if (!hasStoredSession(store)) return { status: 'absent' };
  return (await withSchemas(() => import('../components/keep/storage.ts'))).loadSession(store);
}

/** The answers of a saved session, if it could be read. */
export function resumedAnswers(session: LoadResult<SavedSession>): Partial<CaseFile> | undefined {
  if (session.status === 'corrupt') return session.salvaged;
  return session.status === 'ok' ? session.value.caseFile : undefined;
}

/** The page a saved session was on, as the app saved it (`{ state }`). */
export function resumedState(session: LoadResult<SavedSession>): string | undefined {
  if (session.status !== 'ok') return undefined;
  const w = session.value.wizard;
  return w && typeof w === 'object' && !Array.isArray(w) && typeof w.state === 'string' ? w.state : undefined;
}

/**
 * Whether the first render will match a prerendered start page (scripts/prerender.ts
 * freezes the start page of a first visit, per language, into the HTML), so React can
 * hydrate it: the page has markup in that language, no share link is being offered, no
 * damaged saved answers are reported and no saved answers add "Continue where you left off". Otherwise the app renders afresh.
 */
export function canHydrate(prerendered: { hasMarkup: boolean; lang: string }, booted: BootResult): boolean {
  return (
    prerendered.hasMarkup &&
    prerendered.lang === booted.i18n.language &&
    booted.incoming === undefined &&
    booted.session.status !== 'corrupt' &&
    !hasAnswers(resumedAnswers(booted.session))
  );
}

/**
 * Whether the page is a first visit's start page, which the start page alone serves (no
 * rules, schemas or wizard): the address is the start page, no share link is offered, no
 * answers are saved, and nothing damaged is to be said (damaged saved answers, or a copy of
 * them kept aside and not yet deleted: the whole app says so on its start page).
 */
export function isFirstVisitStart(startPage: boolean, booted: Pick<BootResult, 'session' | 'incoming'>, damagedCopy: boolean): boolean {
  return startPage && booted.incoming === undefined && booted.session.status !== 'corrupt' && !damagedCopy && !hasAnswers(resumedAnswers(booted.session));
}

/** True when the answers hold at least one answered question. */
export function hasAnswers(answers: Partial<CaseFile> | undefined): boolean {
  return !!answers && Object.keys(answers).some((k) => k !== 'schemaVersion');
}
