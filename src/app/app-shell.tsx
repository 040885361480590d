import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../rules/schema/case-file.ts';
import { memberLabel } from '../components/adviser/adviser-format.ts';
import { findClient, loadClients } from '../components/keep/client-store.ts';
import { readIncomingShare } from '../components/keep/incoming-share.ts';
import { hasSharedCaseFile } from '../components/keep/share-fragment.ts';
import { clearAll } from '../components/keep/storage-keys.ts';
import { keepDamagedSession, loadSession, type LoadResult, type SavedSession } from '../components/keep/storage.ts';
import { CheckPage } from '../components/pages/check-page.tsx';
import { DamagedSession } from '../components/pages/damaged-session.tsx';
import { PlanPage } from '../components/pages/plan-page.tsx';
import { QuestionPage, type QuestionScreens } from '../components/pages/question-page.tsx';
import { SharePage } from '../components/pages/share-page.tsx';
import { StartPage } from '../components/pages/start-page.tsx';
import { BackButton } from '../components/ui/back-button.tsx';
import { WizardContext } from '../components/wizard-context.ts';
import { areaView, loadAreaPages, type Area, type AreaPages } from './areas.ts';
import { hasAnswers, resumedState, type IncomingShare } from './boot.ts';
import type { Enter } from './enter.ts';
import { AppErrorBoundary } from './error-boundary.tsx';
import { AppFrame, focusHeading } from './frame.tsx';
import { ElsewhereNotice, MemberNotice } from './shell-notices.tsx';
import { useAfterPaint } from './use-after-paint.ts';
import { useAutosave, type MemberTarget } from './use-autosave.ts';
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
        {member && area.kind === 'wizard' && <MemberNotice who={member.who} client={member.client} onBack={backToClient} />}
        {elsewhere && inWizard && !member && (
          <ElsewhereNotice
            conflicts={elsewhere.conflicts.length}
            onShow={() => {
              dismissElsewhere();
              load(elsewhere.answers);
            }}
            onDismiss={dismissElsewhere}
          />
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
