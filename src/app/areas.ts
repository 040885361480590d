import type { CalculatorId } from '../components/calculators/calculator-ids.ts';

/**
 * The parts of the app beside the wizard: advisers' clients and households, and the
 * calculators. Loaded when first opened (most people never do), in one go.
 */
export type Area =
  | { kind: 'wizard' }
  | { kind: 'clients' }
  | { kind: 'client'; id: string; anchor?: string | undefined }
  | { kind: 'calculators'; initial?: CalculatorId | undefined };

export interface AreaPages {
  ClientsPage: typeof import('../components/adviser/clients-page.tsx').ClientsPage;
  ClientPage: typeof import('../components/adviser/client-page.tsx').ClientPage;
  CalculatorsPage: typeof import('../components/calculators/calculators-page.tsx').CalculatorsPage;
}

let loading: Promise<AreaPages> | undefined;

export function loadAreaPages(): Promise<AreaPages> {
  loading ??= Promise.all([
    import('../components/adviser/clients-page.tsx'),
    import('../components/adviser/client-page.tsx'),
    import('../components/calculators/calculators-page.tsx'),
  ]).then(
    ([clients, client, calculators]) => ({
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

/** The page's identity, for focus and the window title: a new area is a new page. */
export function areaView(area: Area, wizardView: string): string {
  if (area.kind === 'wizard') return wizardView;
  if (area.kind === 'client') return `client:${area.id}`;
  return area.kind === 'calculators' ? `calculators:${area.initial ?? ''}` : area.kind;
}
