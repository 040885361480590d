import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../rules/schema/case-file.ts';
import type { Problem } from '../rules/schema/problem.ts';
import { findClient, loadClients } from '../components/keep/client-store.ts';
import type { Address } from '../machines/address.ts';
import { clearAll } from '../components/keep/storage-keys.ts';
import { keepDamagedSession, loadDamagedSessionReport, loadSession, type LoadResult, type SavedSession } from '../components/keep/storage.ts';
import { CheckPage } from '../components/pages/check-page.tsx';
import { DamagedSession } from '../components/pages/damaged-session.tsx';
import { PlanPage } from '../components/pages/plan-page.tsx';
import { QuestionPage, type QuestionScreens } from '../components/pages/question-page.tsx';
import { SharePage } from '../components/pages/share-page.tsx';
import { StartPage } from '../components/pages/start-page.tsx';
import { WizardContext } from '../components/wizard-context.ts';
import { hasAnswers, resumedState, type IncomingShare } from './boot.ts';
import type { Enter } from './enter.ts';
import { AreaPage } from './area-page.tsx';
import { AppErrorBoundary } from './error-boundary.tsx';
import { AppFrame, focusHeading } from './frame.tsx';
import { ElsewhereNotice, MemberNotice, ShellStatus } from './shell-notices.tsx';
import { useAfterPaint } from './use-after-paint.ts';
import { useAppNavigation } from './use-app-navigation.ts';
import { useAutosave } from './use-autosave.ts';
import { continueSession, isQuestionId, loadAnswers, type PageId } from './wizard.ts';

export interface AppShellProps {
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
  /** The page the address named at start-up (a link, a reload): opened on arrival. */
  address?: Address | undefined;
}

/**
 * Inside the providers: the page the wizard is on (or the clients, a client, the calculators,
 * a share link offered), the notices above it, and the plan rendered ahead where the next step
 * may show it. Every change is saved in this browser (useAutosave).
 */
export function AppShell({
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
  address,
}: AppShellProps) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const page = WizardContext.useSelector((s) => s.value) as PageId;
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const [focusRequest, setFocusRequest] = useState(0);
  // A notice the person acted on is gone: the focus goes to the page's heading, not the body.
  const refocus = () => setFocusRequest((n) => n + 1);
  const onAreaFailed = useCallback(() => setFocusRequest((n) => n + 1), []);
  const { app, area, client, anchor, calculator, share, member, memberTarget, areaPages, areaFailed, note, view, inWizard, openArea, openAddress, replaceNext, settle } =
    useAppNavigation({ actor, incoming, store, today, languages, onAreaFailed, holdAddress: !enter });
  const { saving, elsewhere, dismiss: dismissElsewhere, keepHere, replacing } = useAutosave(actor, store, memberTarget);
  // Damaged saved answers: copied aside at once (before any answer can overwrite them), and said
  // on the start page until the copy is deleted (on a later visit too, read from the copy).
  const [damaged, setDamaged] = useState<{ problems: Problem[]; salvaged?: Partial<CaseFile> | undefined } | undefined>(() =>
    session.status === 'corrupt' ? { problems: session.problems, salvaged: session.salvaged } : loadDamagedSessionReport(store),
  );
  useEffect(() => {
    if (session.status === 'corrupt') keepDamagedSession(store);
  }, [session, store]);
  // The damaged copy was deleted: said on the page it was deleted on.
  const [deletedOn, setDeletedOn] = useState<string>();
  // "Keep this window's answers" was chosen: said on the page it was chosen on.
  const [keptOn, setKeptOn] = useState<string>();
  const [cleared, setCleared] = useState(false);
  const main = useRef<HTMLElement>(null);

  // "Start again", confirmed on the plan: the answers it cleared, kept for Undo while this page is open.
  const [beforeRestart, setBeforeRestart] = useState<Partial<CaseFile>>();
  const startAgain = useCallback(() => {
    setBeforeRestart(actor.getSnapshot().context.answers);
    setCleared(false);
    actor.send({ type: 'nav.restart' });
  }, [actor]);
  const undoStartAgain = () => {
    const answers = beforeRestart;
    setBeforeRestart(undefined);
    if (!answers) return;
    // Every answer back, saved as it was, and the plan they made.
    replacing(() => loadAnswers(actor, answers));
    if (actor.getSnapshot().value === 'check') actor.send({ type: 'nav.confirm' });
  };

  // One element for the life of the shell: revealing the pre-rendered plan re-renders nothing.
  const planPage = useMemo(
    () => <PlanPage store={store} onCalculator={(id) => void openArea({ type: 'open.calculators', calculator: id })} onStartAgain={startAgain} />,
    [store, openArea, startAgain],
  );

  // On every screen change (not on first load), focus the new page's heading.
  const shown = useRef({ view, focusRequest });
  useEffect(() => {
    if (shown.current.view === view && shown.current.focusRequest === focusRequest) return;
    shown.current = { view, focusRequest };
    focusHeading(main.current, { toTop: true });
  }, [view, focusRequest]);

  // What was done on the start page before the wizard loaded, or the page the address named:
  // once, on arrival. In a task of its own: the provider starts the actor in its effect,
  // after this one (children first). The address is then written in place.
  const entered = useRef(false);
  useEffect(() => {
    if (entered.current) return;
    const id = setTimeout(() => {
      entered.current = true;
      if (enter?.type === 'start') actor.send({ type: 'nav.start' });
      // Continue, unless the answers were cleared meanwhile: then the questions from the start.
      else if (enter?.type === 'continue') {
        if (hasAnswers(actor.getSnapshot().context.answers)) continueSession(actor, resumedState(session));
        else actor.send({ type: 'nav.start' });
      }
      else if (enter?.type === 'import') replacing(() => loadAnswers(actor, enter.caseFile));
      else if (enter?.type === 'area') void openArea({ type: enter.area === 'clients' ? 'open.clients' : 'open.calculators' });
      // The start page is where the machines start: only its note, if any (a press made
      // meanwhile is not undone).
      else if (address && app.getSnapshot().value !== 'share') openAddress(address, replaceNext, { startIsHere: true });
      if (!enter) settle();
    });
    return () => clearTimeout(id);
  }, [enter, address, app, actor, session, openArea, openAddress, replacing, replaceNext, settle]);

  /** Answer the questions for a client's member: their answers in the wizard, saved back to them. */
  const answerFor = (clientId: string, memberId: string) => {
    const loaded = loadClients(store);
    const c = loaded.ok ? findClient(loaded.clients, clientId) : undefined;
    const m = c?.members.find((x) => x.id === memberId);
    if (!c || !m) return;
    app.send({ type: 'member.answer', member: { clientId, memberId } });
    replacing(() => loadAnswers(actor, m.answers as Partial<CaseFile>));
  };

  /**
   * Back from a member's questions to their client (the machine leaves the member's answers
   * first: the autosave writes to them until then); the wizard gets the person's own saved
   * answers back.
   */
  const backToClient = () => {
    app.send({ type: 'member.leave' });
    const own = loadSession(store);
    replacing(() => loadAnswers(actor, own.status === 'ok' ? own.value.caseFile : {}));
    if (own.status !== 'ok' || !hasAnswers(own.value.caseFile)) actor.send({ type: 'nav.restart' });
  };

  const leaveShare = () => {
    app.send({ type: 'share.done' });
    onShareHandled();
  };

  const load = (caseFile: Partial<CaseFile>) => {
    setCleared(false);
    replacing(() => loadAnswers(actor, caseFile));
  };

  const clear = useCallback(() => {
    // Out of any member's answers, restart (the autosave writes the empty session), then remove every key.
    app.send({ type: 'data.cleared' });
    // Cleared means gone: no Undo of an earlier "Start again" brings answers back.
    setBeforeRestart(undefined);
    actor.send({ type: 'nav.restart' });
    clearAll(store);
    setCleared(true);
    setFocusRequest((n) => n + 1);
  }, [app, actor, store]);

  let content: ReactNode = null;
  /** Back from an area to the wizard's page it was opened from (the start page, or the plan for a calculator). */
  const toWizard = () => app.send({ type: 'open.wizard' });
  if (!inWizard && area !== 'share' && areaPages) {
    content = (
      <AreaPage
        pages={areaPages}
        area={area}
        client={client}
        anchor={anchor}
        calculator={calculator}
        today={today}
        store={store}
        onStart={toWizard}
        onOpen={(event) => void openArea(event)}
        onAnswer={answerFor}
      />
    );
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
        {...(beforeRestart && !hasAnswers(answers) ? { onUndoStartAgain: undoStartAgain } : {})}
        onStart={() => {
          setCleared(false);
          actor.send({ type: 'nav.start' });
        }}
        onContinue={() => {
          setCleared(false);
          continueSession(actor, resumedState(session));
        }}
        onImport={load}
        onTool={(tool) => void openArea({ type: tool === 'clients' ? 'open.clients' : 'open.calculators' })}
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
      titleFromHeading={!(inWizard && isQuestionId(page))}
    >
      <AppErrorBoundary resetKey={view}>
        {note && <ShellStatus text={t(`app.address.${note}`)} />}
        {member && inWizard && <MemberNotice who={member.who} client={member.client} onBack={backToClient} />}
        {elsewhere && inWizard && !member && (
          <ElsewhereNotice
            elsewhere={elsewhere}
            // Removed there: start again here too (not the few answers saved since).
            onShow={() => (dismissElsewhere(), load(elsewhere.removed ? {} : elsewhere.answers))}
            onKeepHere={() => (keepHere(), setKeptOn(view), refocus())}
            onDismiss={() => (dismissElsewhere(), refocus())}
          />
        )}
        {keptOn === view && !elsewhere && inWizard && <ShellStatus text={t('app.elsewhere.kept')} />}
        {damaged && inWizard && page === 'start' && (
          <DamagedSession
            store={store}
            problems={damaged.problems}
            salvaged={damaged.salvaged}
            onDone={() => (setDamaged(undefined), setDeletedOn(view), refocus())}
          />
        )}
        {deletedOn === view && inWizard && <ShellStatus text={t('app.damaged.deleted')} />}
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
