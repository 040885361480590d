import { useTranslation } from 'react-i18next';
import { isCalculatorId } from '../components/calculators/calculator-ids.ts';
import { BackButton } from '../components/ui/back-button.tsx';
import type { AppEvent } from '../machines/app-machine.ts';
import type { AreaPages } from './areas.ts';

export interface AreaPageProps {
  pages: AreaPages;
  /** The app machine's area (clients, client, calculators) and what it names. */
  area: string;
  client: string | undefined;
  anchor: string | undefined;
  calculator: string | undefined;
  today: string;
  store: Storage | undefined;
  /** Back to the start page. */
  onStart: () => void;
  /** Open another area (a client from the list, the list from a client). */
  onOpen: (event: AppEvent<never>) => void;
  /** Answer the questions for a client's household member. */
  onAnswer: (clientId: string, memberId: string) => void;
}

/** The page of an area beside the wizard: an adviser's clients, one client, the calculators. */
export function AreaPage({ pages, area, client, anchor, calculator, today, store, onStart, onOpen, onAnswer }: AreaPageProps) {
  const { t } = useTranslation();
  const { ClientsPage, ClientPage, CalculatorsPage } = pages;
  if (area === 'clients') {
    return (
      <>
        <BackButton onClick={onStart} label={t('app.tools.backToStart')} />
        <ClientsPage asOf={today} store={store} onOpen={(id, at) => onOpen({ type: 'open.client', client: id, anchor: at })} />
      </>
    );
  }
  if (area === 'client' && client !== undefined) {
    return (
      <ClientPage
        asOf={today}
        store={store}
        clientId={client}
        {...(anchor ? { focusAnchor: anchor } : {})}
        onBack={() => onOpen({ type: 'open.clients' })}
        onAnswer={onAnswer}
      />
    );
  }
  if (area === 'calculators') {
    return (
      <CalculatorsPage
        asOf={today}
        store={store}
        initial={calculator !== undefined && isCalculatorId(calculator) ? calculator : undefined}
        onBack={onStart}
        onOpen={(id) => onOpen({ type: 'open.calculators', calculator: id })}
      />
    );
  }
  return null;
}
