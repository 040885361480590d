import type { i18n as I18n } from 'i18next';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { CaseFile } from '../rules/schema/case-file.ts';
import { AppErrorBoundary } from './error-boundary.tsx';
import { AppFrame, focusHeading } from './frame.tsx';
import { useLanguage } from './use-language.ts';
import { useAutosave, type MemberTarget } from './use-autosave.ts';
import { areaView, loadAreaPages, type Area, type AreaPages } from './areas.ts';
import type { Enter } from './enter.ts';
import { memberLabel } from '../components/adviser/adviser-format.ts';
import { BackButton } from '../components/ui/back-button.tsx';
import { findClient, loadClients } from '../components/keep/client-store.ts';
import {
  APP_LANGUAGES,
  hasAnswers,
  loadLanguage,
  resumedAnswers,
  resumedState,
  type IncomingShare,
  type LanguageLoader,
} from './boot.ts';
import { continueSession, isQuestionId, loadAnswers, type PageId } from './wizard.ts';
import { clearAll, defaultStore } from '../components/keep/storage-keys.ts';
import { keepDamagedSession, loadSession, type LoadResult, type SavedSession } from '../components/keep/storage.ts';
import { DamagedSession } from '../components/pages/damaged-session.tsx';
import { readIncomingShare } from '../components/keep/incoming-share.ts';
import { hasSharedCaseFile } from '../components/keep/share-fragment.ts';
import { CheckPage } from '../components/pages/check-page.tsx';
import { PlanPage } from '../components/pages/plan-page.tsx';
import { QuestionPage, type QuestionScreens } from '../components/pages/question-page.tsx';
import { SharePage } from '../components/pages/share-page.tsx';
import { StartPage } from '../components/pages/start-page.tsx';
import { WizardContext } from '../components/wizard-context.ts';

export interface AppProps {
  /** i18next for the starting language, its texts loaded. */
  i18n: I18n;
  /** Today (YYYY-MM-DD): the date the plan is made for. */
  today: string;
  /** The session saved in this browser, as read at start-up. */
  session: LoadResult<SavedSession>;
  /** A share link found in the address at start-up. */
  incoming?: IncomingShare;
  /** One screen per question (QUESTION_SCREENS). */
  screens: QuestionScreens;
  /** Where answers are kept; the browser's localStorage unless given. */
  store?: Storage | undefined;
  languages?: readonly string[];
  /** Loads a language when the person switches (only that language's texts). */
  load?: LanguageLoader;
  /** The share link was answered (loaded, kept or failed): take it out of the address. */
  onShareHandled?: () => void;
  /** What the person did on the start page before the wizard loaded (start-app.tsx): done on arrival. */
  enter?: Enter | undefined;
}


/** Remove the `#case=…` fragment from the address so a reload does not ask again. */
export function forgetShareFragment(): void {
  try {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  } catch {
    // Not in a browser that allows it: nothing to forget.
  }
}

/**
 * The app: providers (i18next, the wizard actor), header, main page, footer. The wizard
 * starts on the start page with the saved answers (if any) in its context; every change is
 * saved in this browser.
 */
export function App({
  i18n: initialI18n,
  today,
  session,
  incoming,
  screens,
  store = defaultStore(),
  languages = APP_LANGUAGES,
  load = loadLanguage,
  onShareHandled = forgetShareFragment,
  enter,
}: AppProps) {
  const { i18n, failed: languageFailed, change: changeLanguage } = useLanguage(initialI18n, load, store);
  // Created once: the actor lives as long as the app, whatever the language.
  const [options] = useState(() => ({ input: { asOf: today, answers: resumedAnswers(session) } }));

  return (
    <I18nextProvider i18n={i18n}>
      <WizardContext.Provider options={options}>
        <AppShell
          today={today}
          session={session}
          incoming={incoming}
          screens={screens}
          store={store}
          languages={languages}
          onLanguage={(lng) => void changeLanguage(lng)}
          languageFailed={languageFailed}
          onShareHandled={onShareHandled}
          enter={enter}
        />
      </WizardContext.Provider>
    </I18nextProvider>
  );
}

/**
 * True once `on` has been true through a painted frame and the browser then had time to
 * spare: work started then (an interruptible transition) never delays the page that asked
 * for it. Where the browser cannot say when it is idle (Safari), a short wait instead.
 */
function useAfterPaint(on: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!on) return;
    let idle: (() => void) | undefined;
    // requestAnimationFrame runs just before a paint; an idle callback asked for then runs after it.
    const frame = requestAnimationFrame(() => {
      const ready = () => startTransition(() => setPainted(true));
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(ready, { timeout: 500 });
        idle = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(ready, 50);
        idle = () => clearTimeout(id);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      idle?.();
      setPainted(false);
    };
  }, [on]);
  return on && painted;
}

interface AppShellProps {
  today: string;
  session: LoadResult<SavedSession>;
  incoming: IncomingShare | undefined;
  screens: QuestionScreens;
  store: Storage | undefined;
  languages: readonly string[];
  onLanguage: (lng: string) => void;
  languageFailed: boolean;
  onShareHandled: () => void;
  enter: Enter | undefined;
}

function AppShell({
  today,
  session,
  incoming,
  screens,
  store,
  languages,
  onLanguage,
  languageFailed,
  onShareHandled,
  enter,
}: AppShellProps) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const page = WizardContext.useSelector((s) => s.value) as PageId;
  const answers = WizardContext.useSelector((s) => s.context.answers);
  // Adviser mode: the client's member the wizard answers for (the autosave writes there).
  const memberTarget = useRef<MemberTarget | undefined>(undefined);
  const [member, setMember] = useState<{ who: string; client: string }>();
  const { saving, elsewhere, dismiss: dismissElsewhere, replacing } = useAutosave(actor, store, memberTarget);
  const [share, setShare] = useState(incoming);
  // Damaged saved answers: copied aside at once (before any answer can overwrite them), and said.
  const [damaged, setDamaged] = useState(session.status === 'corrupt');
  useEffect(() => {
    if (session.status === 'corrupt') keepDamagedSession(store);
  }, [session, store]);
  const [cleared, setCleared] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [area, setArea] = useState<Area>({ kind: 'wizard' });
  const [areaPages, setAreaPages] = useState<AreaPages>();
  const [areaFailed, setAreaFailed] = useState(false);
  const main = useRef<HTMLElement>(null);
  // A share link pasted into the address of this open page: offered as on opening one.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const onHash = () => {
      if (!hasSharedCaseFile(window.location.hash)) return;
      setShare(readIncomingShare(window.location.hash, today));
      setArea({ kind: 'wizard' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [today]);
  const view = areaView(area, share ? 'share' : page);

  /** Open clients, a client or the calculators (their pages load the first time). */
  const openArea = useCallback(async (next: Area) => {
    setAreaFailed(false);
    try {
      if (next.kind !== 'wizard') setAreaPages(await loadAreaPages());
      setArea(next);
    } catch {
      setAreaFailed(true);
      setFocusRequest((n) => n + 1);
    }
  }, []);

  // One element for the life of the shell: revealing the pre-rendered plan re-renders nothing.
  const planPage = useMemo(
    () => <PlanPage store={store} onCalculator={(id) => void openArea({ kind: 'calculators', initial: id })} />,
    [store, openArea],
  );

  // On every screen change (not on first load), focus the new page's heading.
  const shown = useRef({ view, focusRequest });
  useEffect(() => {
    if (shown.current.view === view && shown.current.focusRequest === focusRequest) return;
    shown.current = { view, focusRequest };
    focusHeading(main.current, { toTop: true });
  }, [view, focusRequest]);

  // What was done on the start page before the wizard loaded: once, on arrival. In a task of
  // its own: the provider starts the actor in its effect, after this one (children first).
  const entered = useRef(false);
  useEffect(() => {
    if (!enter || entered.current) return;
    const id = setTimeout(() => {
      entered.current = true;
      if (enter.type === 'start') actor.send({ type: 'nav.start' });
      else if (enter.type === 'import') replacing(() => loadAnswers(actor, enter.caseFile));
      else void openArea({ kind: enter.area });
    });
    return () => clearTimeout(id);
  }, [enter, actor, openArea, replacing]);

  /** Answer the questions for a client's member: their answers in the wizard, saved back to them. */
  const answerFor = (clientId: string, memberId: string) => {
    const loaded = loadClients(store);
    const client = loaded.ok ? findClient(loaded.clients, clientId) : undefined;
    const m = client?.members.find((x) => x.id === memberId);
    if (!client || !m) return;
    memberTarget.current = { clientId, memberId };
    setMember({ who: memberLabel(m, client.members, t), client: client.name });
    setArea({ kind: 'wizard' });
    replacing(() => loadAnswers(actor, m.answers as Partial<CaseFile>));
  };

  /** Back from a member's questions to their client; the wizard gets the person's own saved answers back. */
  const backToClient = () => {
    const target = memberTarget.current;
    memberTarget.current = undefined;
    setMember(undefined);
    const own = loadSession(store);
    replacing(() => loadAnswers(actor, own.status === 'ok' ? own.value.caseFile : {}));
    if (own.status !== 'ok' || !hasAnswers(own.value.caseFile)) actor.send({ type: 'nav.restart' });
    void openArea(target ? { kind: 'client', id: target.clientId } : { kind: 'clients' });
  };

  const leaveShare = () => {
    setShare(undefined);
    onShareHandled();
  };

  const load = (caseFile: Partial<CaseFile>) => {
    setCleared(false);
    replacing(() => loadAnswers(actor, caseFile));
  };

  const clear = () => {
    // Restart first (the autosave writes the empty session), then remove every key.
    memberTarget.current = undefined;
    setMember(undefined);
    setArea({ kind: 'wizard' });
    actor.send({ type: 'nav.restart' });
    clearAll(store);
    setCleared(true);
    setFocusRequest((n) => n + 1);
  };

  let content: ReactNode = null;
  const toStart = () => void openArea({ kind: 'wizard' });
  if (area.kind !== 'wizard' && areaPages) {
    const { ClientsPage, ClientPage, CalculatorsPage } = areaPages;
    if (area.kind === 'clients') {
      content = (
        <>
          <BackButton onClick={toStart} label={t('app.tools.backToStart')} />
          <ClientsPage asOf={today} store={store} onOpen={(id, anchor) => void openArea({ kind: 'client', id, anchor })} />
        </>
      );
    } else if (area.kind === 'client') {
      content = (
        <ClientPage
          asOf={today}
          store={store}
          clientId={area.id}
          {...(area.anchor ? { focusAnchor: area.anchor } : {})}
          onBack={() => void openArea({ kind: 'clients' })}
          onAnswer={answerFor}
        />
      );
    } else {
      content = <CalculatorsPage asOf={today} initial={area.initial} onBack={toStart} />;
    }
  } else if (share) {
    content = (
      <SharePage
        share={share}
        asOf={today}
        hasSaved={hasAnswers(answers)}
        onLoad={() => {
          if (share.status === 'ok') load(share.caseFile);
          leaveShare();
        }}
        onDismiss={leaveShare}
      />
    );
  } else if (page === 'start') {
    content = (
      <StartPage
        asOf={today}
        canContinue={hasAnswers(answers)}
        notice={cleared ? t('app.clear.done') : undefined}
        onStart={() => {
          setCleared(false);
          actor.send({ type: 'nav.start' });
        }}
        onContinue={() => {
          setCleared(false);
          continueSession(actor, resumedState(session));
        }}
        onImport={load}
        onTool={(tool) => void openArea({ kind: tool })}
        toolFailed={areaFailed}
      />
    );
  } else if (page === 'check') {
    content = <CheckPage />;
  } else if (isQuestionId(page)) {
    content = <QuestionPage question={page} screens={screens} />;
  }

  // The plan is rendered ahead, laid out but hidden (.app-ahead), where the next step may show it: on check your
  // answers ("Build my plan") and on the start page when the saved session was on the plan
  // ("Continue"). Showing it is then a reveal, within the 50 ms answer budget; rendering a
  // plan takes longer. It keeps its place in the tree so React keeps what it rendered.
  const inWizard = area.kind === 'wizard' && !share;
  const planShown = inWizard && page === 'plan';
  const planAhead =
    inWizard && (page === 'check' || (page === 'start' && hasAnswers(answers) && resumedState(session) === 'plan'));
  // Rendered ahead once the page itself has been painted, so the answer that leads to check
  // your answers does not wait for the plan either.
  // Shown or ahead, one span: the plan stays rendered from the plan back to check your answers.
  const planKept = useAfterPaint(planAhead || planShown);

  return (
    <AppFrame
      languages={languages}
      onLanguage={onLanguage}
      languageFailed={languageFailed}
      onClear={clear}
      saving={saving}
      mainRef={main}
      view={view}
      titleFromHeading={!isQuestionId(view)}
    >
      <AppErrorBoundary resetKey={view}>
        {member && area.kind === 'wizard' && (
          <div className="app-notice app-member" role="region" aria-label={t('adviser.answering.label')}>
            <p>{t('adviser.answering.text', { person: member.who, client: member.client })}</p>
            <button type="button" className="app-button app-button-secondary" onClick={backToClient}>
              {t('adviser.answering.back')}
            </button>
          </div>
        )}
        {elsewhere && inWizard && !member && (
          <div className="app-notice app-elsewhere" role="region" aria-label={t('app.elsewhere.label')}>
            <p aria-live="polite">
              {t('app.elsewhere.text')}
              {elsewhere.conflicts.length > 0 && ` ${t('app.elsewhere.conflicts', { count: elsewhere.conflicts.length })}`}
            </p>
            <div className="app-button-group">
              <button
                type="button"
                className="app-button"
                onClick={() => {
                  dismissElsewhere();
                  load(elsewhere.answers);
                }}
              >
                {t('app.elsewhere.show')}
              </button>
              <button type="button" className="app-button app-button-secondary" onClick={dismissElsewhere}>
                {t('app.elsewhere.dismiss')}
              </button>
            </div>
          </div>
        )}
        {damaged && session.status === 'corrupt' && inWizard && page === 'start' && (
          <DamagedSession store={store} problem={session.reason} salvaged={session.salvaged} onDone={() => setDamaged(false)} />
        )}
        {content}
        {(planShown || (planAhead && planKept)) && (
          <div className={planShown ? 'app-plan-shown' : 'app-ahead app-width'} inert={!planShown} aria-hidden={planShown ? undefined : true}>
            {/* Its own boundary: a plan that fails to render must not take the page before it along. */}
            <AppErrorBoundary resetKey={view}>{planPage}</AppErrorBoundary>
          </div>
        )}
      </AppErrorBoundary>
    </AppFrame>
  );
}
