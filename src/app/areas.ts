import type { IncomingShare } from '../components/keep/incoming-share.ts';
import type { AddressProblem } from '../machines/address.ts';
import { createAppMachine } from '../machines/app-machine.ts';

/**
 * The parts of the app beside the wizard: advisers' clients and households, and the
 * calculators. Which one shows is the app machine's (machines/app-machine.ts); their pages
 * load when first opened (most people never do), in one go.
 */
export const appMachine = createAppMachine<IncomingShare>();

/** A short note on a page opened by its address: not as named (`address.ts`), or not reached by the answers yet. */
export type AddressNote = AddressProblem | 'unreachable' | undefined;

export interface AreaPages {
  ClientsPage: typeof import('../components/adviser/clients-page.tsx').ClientsPage;
  ClientPage: typeof import('../components/adviser/client-page.tsx').ClientPage;
  CalculatorsPage: typeof import('../components/calculators/calculators-page.tsx').CalculatorsPage;
}

let loading: Promise<AreaPages> | undefined;
let loaded: AreaPages | undefined;

export function loadAreaPages(): Promise<AreaPages> {
  loading ??= Promise.all([
    import('../components/adviser/clients-page.tsx'),
    import('../components/adviser/client-page.tsx'),
    import('../components/calculators/calculators-page.tsx'),
  ]).then(
    ([clients, client, calculators]) =>
      (loaded = {
        ClientsPage: clients.ClientsPage,
        ClientPage: client.ClientPage,
        CalculatorsPage: calculators.CalculatorsPage,
      }),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** The area pages if they have loaded already (a page opened again needs no wait). */
export const loadedAreaPages = (): AreaPages | undefined => loaded;
