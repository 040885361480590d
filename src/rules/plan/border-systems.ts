import { visaRegime } from '../params/countries.ts';
import { EES, ETIAS } from '../params/law.ts';
import { msg } from '../schema/message.ts';
import { readLaw } from './law-use.ts';
import type { PlanContext } from './plan-context.ts';

/**
 * A third-country national's short stay at the external border: the
 * Entry/Exit System (Regulation (EU) 2017/2226) by its phase on the plan date, and for
 * visa-free travellers ETIAS (Regulation (EU) 2018/1240), whose start is not confirmed.
 */
export function borderSystems(ctx: PlanContext): void {
  const ees = ctx.step('ees', 2).cite('law-ees-regulation').notAnAction();
  const e = readLaw(ctx, ees, EES);
  ees.title = msg(`law.steps.ees.title.${e.phase}`);
  ees.at('none', msg('where.none'));
  ees.when('law.timing.atEachCrossing');
  switch (e.phase) {
    case 'notStarted':
      ees.detail('law.ees.notStarted');
      break;
    case 'phasingIn':
      ees.detail('law.ees.phasingIn', { started: e.startedOn ?? '', full: e.fullFrom ?? '' });
      ees.detail('law.ees.biometrics');
      break;
    case 'operating':
      ees.detail('law.ees.operating', { started: e.startedOn ?? '', full: e.fullFrom ?? '' });
      ees.detail('law.ees.biometrics');
      ees.detail('law.ees.countsDays');
      break;
  }

  if (!visaRegime(ctx.caseFile.citizenship, ctx.asOf).visaFree) return;
  const etias = ctx.step('etias', 3).cite('law-etias-regulation').notAnAction();
  const t = readLaw(ctx, etias, ETIAS);
  etias.title = msg(t.started ? 'law.steps.etias.title.started' : 'law.steps.etias.title.notYet');
  etias.at('none', msg('where.none'));
  etias.when('law.timing.beforeTravel');
  if (t.announcedFor === null) etias.detail('law.etias.noDate');
  else etias.detail(`law.etias.announced.${t.announcedFor}`, { verified: ETIAS.lastVerified });
  etias.detail('law.etias.untilThen');
}
