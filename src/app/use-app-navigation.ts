import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberLabel } from '../components/adviser/adviser-format.ts';
import { findClient, loadClients } from '../components/keep/client-store.ts';
import type { IncomingShare } from '../components/keep/incoming-share.ts';
import { readIncomingShare } from '../components/keep/incoming-share.ts';
import { hasSharedCaseFile } from '../components/keep/share-fragment.ts';
import { wizardPageOf, type Address } from '../machines/address.ts';
import type { AppEvent } from '../machines/app-machine.ts';
import { appMachine, loadAreaPages, loadedAreaPages, type AddressNote, type AreaPages } from './areas.ts';
import { useAddress } from './use-address.ts';
import type { MemberTarget } from './use-autosave.ts';
import type { WizardRef } from './wizard.ts';

export interface AppNavigationOptions {
  /** The wizard actor (WizardContext). */
  actor: WizardRef;
  /** A share link found in the address at start-up: offered first. */
  incoming: IncomingShare | undefined;
  store: Storage | undefined;
  today: string;
  languages: readonly string[];
  /** An area's pages could not load: the start page says so, its heading focused. */
  onAreaFailed: () => void;
  /**
   * The page the address names is opened after the first render (a reload, a link): leave
   * the address as it is until then (`settle`), so it does not pass through the start page.
   */
  holdAddress?: boolean;
}

/**
 * The app machine (machines/app-machine.ts) for the shell: the area shown and what it
 * names (client, calculator, share, the member answered for), opening an area once its pages
 * have loaded, opening the page an address names, and the address kept in step
 * (use-address.ts). A share link pasted into the open page's address is offered too.
 */
export function useAppNavigation({ actor, incoming, store, today, languages, onAreaFailed, holdAddress = false }: AppNavigationOptions) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const failed = useRef(onAreaFailed);
  useEffect(() => {
    failed.current = onAreaFailed;
  }, [onAreaFailed]);
  // Which area shows, which client or calculator, a share offered, a member answered for: the app machine.
  const app = useActorRef(appMachine, { input: { share: incoming } });
  const area = useSelector(app, (s) => s.value);
  const client = useSelector(app, (s) => s.context.client);
  const anchor = useSelector(app, (s) => s.context.anchor);
  const calculator = useSelector(app, (s) => s.context.calculator);
  const share = useSelector(app, (s) => (s.value === 'share' ? s.context.share : undefined));
  const memberOf = useSelector(app, (s) => s.context.member);
  const page = useSelector(actor, (s) => s.value as string);
  const inWizard = area === 'wizard';
  /** The page shown, for focus and the window title: a new view is a new page. */
  const view = inWizard ? page : area === 'client' ? `client:${client ?? ''}` : area;
  // Adviser mode: the client's member the wizard answers for (the autosave writes there).
  const memberTarget = useRef<MemberTarget | undefined>(undefined);
  useEffect(() => {
    const sub = app.subscribe((s) => void (memberTarget.current = s.context.member));
    return () => sub.unsubscribe();
  }, [app]);
  const member = useMemo(() => {
    if (!memberOf) return undefined;
    const loaded = loadClients(store);
    const c = loaded.ok ? findClient(loaded.clients, memberOf.clientId) : undefined;
    const m = c?.members.find((x) => x.id === memberOf.memberId);
    return c && m ? { who: memberLabel(m, c.members, t), client: c.name } : undefined;
  }, [memberOf, store, t]);
  const [areaPages, setAreaPages] = useState<AreaPages | undefined>(loadedAreaPages);
  const [areaFailed, setAreaFailed] = useState(false);
  const [note, setNote] = useState<AddressNote>();
  const noteFresh = useRef(false);
  // A note on the page an address opened goes with that page.
  const noted = useRef(view);
  useEffect(() => {
    if (noted.current === view) return;
    noted.current = view;
    if (noteFresh.current) noteFresh.current = false;
    else setNote(undefined);
  }, [view]);
  // A share link pasted into the address of this open page: offered as on opening one.
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const onHash = () => {
      const offered = hasSharedCaseFile(window.location.hash) ? readIncomingShare(window.location.hash, today) : undefined;
      if (offered) app.send({ type: 'share.offer', share: offered });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [today, app]);


  /** Open clients, a client or the calculators (their pages load the first time). */
  const openArea = useCallback(
    async (event: AppEvent<unknown>, beforeOpen?: () => void) => {
      setAreaFailed(false);
      try {
        setAreaPages(await loadAreaPages());
        beforeOpen?.();
        app.send(event as AppEvent<never>);
      } catch {
        app.send({ type: 'open.wizard' });
        setAreaFailed(true);
        failed.current();
      }
    },
    [app],
  );

  /** Open the page an address names (at start-up, or the browser's Back and Forward). */
  const openAddress = useCallback(
    (to: Address, inPlace: () => void, { startIsHere = false } = {}) => {
      let problem: AddressNote = to.problem;
      const wizardPage = wizardPageOf(to.route);
      if (wizardPage === 'start' && startIsHere) {
        // Nothing to open.
      } else if (wizardPage) {
        app.send({ type: 'open.wizard' });
        actor.send({ type: 'nav.to', page: wizardPage });
        if (actor.getSnapshot().value !== wizardPage) problem ??= 'unreachable';
      } else if (to.route.page === 'clients') void openArea({ type: 'open.clients' }, inPlace);
      else if (to.route.page === 'client') void openArea({ type: 'open.client', client: to.route.client }, inPlace);
      else if (to.route.page === 'calculators') void openArea({ type: 'open.calculators', calculator: to.route.calculator }, inPlace);
      noteFresh.current = problem !== undefined;
      setNote(problem);
    },
    [app, actor, openArea],
  );
  const { replaceNext, settle } = useAddress({
    app,
    wizard: actor,
    language,
    languages,
    onAddress: (to) => openAddress(to, replaceNext),
    hold: holdAddress,
  });


  return {
    app,
    area,
    client,
    anchor,
    calculator,
    share,
    member,
    memberTarget,
    areaPages,
    areaFailed,
    note,
    view,
    inWizard,
    openArea,
    openAddress,
    replaceNext,
    settle,
  };
}
