import type { QuestionId } from '../rules/schema/case-file.ts';
import type { WizardPage } from './wizard-navigation.ts';

/**
 * Every page's address, language first, and back: the path is worked out from the machines'
 * state (app-machine.ts, wizard-machine.ts) and read back into their events, so the
 * statecharts stay the one source of navigation and the address only names where they are.
 *
 *   /{lang}/                         the start page
 *   /{lang}/questions/{questionId}   a question (the state id, the case-file field)
 *   /{lang}/check                    check your answers
 *   /{lang}/plan                     the plan
 *   /{lang}/calculators[/{id}]       the calculators (one opened)
 *   /{lang}/clients                  an adviser's clients
 *   /{lang}/clients/{id}             one client
 */
export type Route =
  | { page: 'start' }
  | { page: 'question'; question: QuestionId }
  | { page: 'check' }
  | { page: 'plan' }
  | { page: 'calculators'; calculator?: string | undefined }
  | { page: 'clients' }
  | { page: 'client'; client: string };

/** Why an address was not taken as it stood (each has a short note, `app.address.*`). */
export type AddressProblem = 'unknownLanguage' | 'unknownPage';

export interface Address {
  /** The language the path names; undefined when it names none we offer. */
  lang: string | undefined;
  route: Route;
  problem?: AddressProblem | undefined;
}

/**
 * What a path may name. Given, not imported: the start page reads its address with no
 * questions and no calculators known (it only needs to know whether it is the start page),
 * so the rules stay out of its first load.
 */
export interface AddressOptions {
  /** The interface languages (`en`, `sk`, `uk`). */
  languages: readonly string[];
  /** The questions' ids (QUESTION_IDS). */
  questions: readonly QuestionId[];
  /** The calculators' ids (a path naming another is not a page). */
  calculators: readonly string[];
}
/** A first part that looks like a language code we do not offer (`/de/`, `/pt-br/`). */
const LANGUAGE_LIKE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const PAGE_WORDS = new Set(['questions', 'check', 'plan', 'calculators', 'clients']);

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

function routeOf(parts: readonly string[], { questions, calculators }: AddressOptions): Route | undefined {
  const [first, second, ...more] = parts;
  if (more.length > 0) return undefined;
  if (first === undefined) return { page: 'start' };
  if (first === 'questions') {
    const question = questions.find((q) => q === second);
    return question ? { page: 'question', question } : undefined;
  }
  if (second === undefined) {
    if (first === 'check' || first === 'plan' || first === 'clients') return { page: first };
    if (first === 'calculators') return { page: 'calculators' };
    return undefined;
  }
  if (first === 'calculators') return calculators.includes(second) ? { page: 'calculators', calculator: second } : undefined;
  if (first === 'clients') {
    const client = decode(second);
    return client ? { page: 'client', client } : undefined;
  }
  return undefined;
}

/**
 * Read a path. Never throws: a language we do not offer (`/de/plan`) is left out with the
 * note `unknownLanguage` (the page is still read); a page we do not have is the start page
 * with the note `unknownPage`. `/` names no language and no problem.
 */
export function readAddress(pathname: string, options: AddressOptions): Address {
  const { languages } = options;
  const parts = pathname.split('/').filter((p) => p !== '');
  let lang: string | undefined;
  let problem: AddressProblem | undefined;
  const head = parts[0];
  if (head !== undefined && languages.includes(head)) {
    lang = head;
    parts.shift();
  } else if (head !== undefined && !PAGE_WORDS.has(head) && LANGUAGE_LIKE.test(head)) {
    problem = 'unknownLanguage';
    parts.shift();
  }
  const route = routeOf(parts, options);
  if (route) return { lang, route, problem };
  return { lang, route: { page: 'start' }, problem: problem ?? 'unknownPage' };
}

/** The path of a page in a language. */
export function addressOf(lang: string, route: Route): string {
  const base = `/${lang}/`;
  switch (route.page) {
    case 'start':
      return base;
    case 'question':
      return `${base}questions/${route.question}`;
    case 'calculators':
      return route.calculator ? `${base}calculators/${route.calculator}` : `${base}calculators`;
    case 'client':
      return `${base}clients/${encodeURIComponent(route.client)}`;
    default:
      return `${base}${route.page}`;
  }
}

/** The route of a wizard page (its state id: every other state is a question). */
export function wizardRoute(page: WizardPage): Route {
  if (page === 'check' || page === 'plan' || page === 'start') return { page };
  return { page: 'question', question: page };
}

/**
 * The route of the machines' state: the wizard's page in the wizard, else the area's page.
 * Undefined while a share link is offered (its address, with the link, stays as it is).
 */
export function routeOfState(
  area: string,
  context: { client?: string | undefined; calculator?: string | undefined },
  wizardPage: WizardPage,
): Route | undefined {
  switch (area) {
    case 'wizard':
      return wizardRoute(wizardPage);
    case 'clients':
      return { page: 'clients' };
    case 'client':
      return context.client === undefined ? { page: 'clients' } : { page: 'client', client: context.client };
    case 'calculators':
      return { page: 'calculators', calculator: context.calculator };
    default:
      return undefined;
  }
}

/** The wizard page a route names (undefined for the areas beside the wizard). */
export function wizardPageOf(route: Route): WizardPage | undefined {
  if (route.page === 'question') return route.question;
  return route.page === 'start' || route.page === 'check' || route.page === 'plan' ? route.page : undefined;
}
