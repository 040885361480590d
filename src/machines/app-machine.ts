import { assign, setup } from 'xstate';

/**
 * The app's areas: the wizard (wizard-machine.ts: start page, questions, check, plan), a
 * share link offered, an adviser's clients and one client, the calculators. Routing only:
 * which area shows, which client or calculator, and whose answers the wizard holds (an
 * adviser answering for a client's household member). The address (address.ts) is worked
 * out from this state and the wizard's; the browser's Back and Forward send its events.
 *
 *   wizard ⇄ share   (a link `#case=…` is offered until loaded or kept aside)
 *   wizard ⇄ clients ⇄ client ⇄ wizard (answering for a member) ⇄ calculators
 *
 * The share itself is the app's to read (components/keep); the machine only holds it.
 */
export interface MemberTarget {
  clientId: string;
  memberId: string;
}

export interface AppMachineContext<Share> {
  /** The client open on the client page. */
  client: string | undefined;
  /** An element of the client page to focus on arrival (a member just added). */
  anchor: string | undefined;
  /** The calculator opened on the calculators page. */
  calculator: string | undefined;
  /** The share link offered (in `share`). */
  share: Share | undefined;
  /** While the wizard answers for a client's member: whose answers they are. */
  member: MemberTarget | undefined;
}

export interface AppMachineInput<Share> {
  share?: Share | undefined;
}

export type AppEvent<Share> =
  | { type: 'open.wizard' }
  | { type: 'open.clients' }
  | { type: 'open.client'; client: string; anchor?: string | undefined }
  | { type: 'open.calculators'; calculator?: string | undefined }
  | { type: 'share.offer'; share: Share }
  | { type: 'share.done' }
  | { type: 'member.answer'; member: MemberTarget }
  | { type: 'member.leave' }
  | { type: 'data.cleared' };

/** The app's areas (its states), as the address and the page shown name them. */
export type AppArea = 'wizard' | 'share' | 'clients' | 'client' | 'calculators';

/** The app machine, for a share of the app's own type. */
export function createAppMachine<Share>() {
  return setup({
    types: {
      context: {} as AppMachineContext<Share>,
      events: {} as AppEvent<Share>,
      input: {} as AppMachineInput<Share>,
    },
    guards: {
      hasShare: ({ context }) => context.share !== undefined,
      answersForMember: ({ context }) => context.member !== undefined,
    },
    actions: {
      openClient: assign(({ event }) =>
        event.type === 'open.client' ? { client: event.client, anchor: event.anchor } : {},
      ),
      openCalculator: assign(({ event }) => (event.type === 'open.calculators' ? { calculator: event.calculator } : {})),
      offerShare: assign(({ event }) => (event.type === 'share.offer' ? { share: event.share } : {})),
      forgetShare: assign({ share: undefined }),
      answerForMember: assign(({ event }) => (event.type === 'member.answer' ? { member: event.member } : {})),
      /** Back to the member's client (their answers stay with them). */
      leaveMember: assign(({ context }) => ({ client: context.member?.clientId, anchor: undefined, member: undefined })),
      forgetMember: assign({ member: undefined }),
    },
  }).createMachine({
    id: 'app',
    context: ({ input }) => ({
      client: undefined,
      anchor: undefined,
      calculator: undefined,
      share: input.share,
      member: undefined,
    }),
    initial: 'opening',
    on: {
      'open.wizard': '.wizard',
      'open.clients': '.clients',
      'open.client': { target: '.client', actions: 'openClient' },
      'open.calculators': { target: '.calculators', actions: 'openCalculator' },
      'share.offer': { target: '.share', actions: 'offerShare' },
      'member.answer': { target: '.wizard', actions: 'answerForMember' },
      'member.leave': [
        { guard: 'answersForMember', target: '.client', actions: 'leaveMember' },
        { target: '.clients' },
      ],
      'data.cleared': { target: '.wizard', actions: ['forgetMember', 'forgetShare'] },
    },
    states: {
      /** A share link in the address at start-up is offered first. */
      opening: {
        always: [{ guard: 'hasShare', target: 'share' }, { target: 'wizard' }],
      },
      wizard: {},
      share: {
        on: { 'share.done': { target: 'wizard', actions: 'forgetShare' } },
      },
      clients: {},
      client: {},
      calculators: {},
    },
  });
}
