import type { TFunction } from 'i18next';
import type { ClientMember } from '../keep/client-store.ts';

/**
 * How the adviser pages write dates and people. Tables write dates short, in the interface
 * language: dd.mm.yyyy in Slovak and Ukrainian (the glossary's style notes), "7 Jan 2027" in
 * English (never 07.01.2027, which an English reader may take for 1 July); a time of day is
 * on the 24-hour clock.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day, month and year as the language writes them in a table. */
const shortDay = (y: number, m: number, d: number, lng: string) =>
  lng === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${pad(d)}.${pad(m)}.${y}`;

/** A calendar day (YYYY-MM-DD) as a table writes it in the language. */
export function tableDate(iso: string, lng: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? shortDay(Number(m[1]), Number(m[2]), Number(m[3]), lng) : iso;
}

/** A moment (ISO date-time) in this device's time zone, as a table writes it in the language, with HH:MM. */
export function tableDateTime(isoDateTime: string, lng: string): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  return `${shortDay(d.getFullYear(), d.getMonth() + 1, d.getDate(), lng)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The moment as a local YYYY-MM-DDTHH:MM for a <time> element. */
export function localDateTimeAttr(isoDateTime: string): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * What a member is called on screen: the name, or the role ("Child"); unnamed people of the
 * same role are numbered ("Child 2") so that no two buttons read the same.
 */
export function memberLabel(member: ClientMember, members: readonly ClientMember[], t: TFunction): string {
  if (member.name) return member.name;
  const role = t(`adviser.role.${member.role}`);
  const same = members.filter((m) => m.role === member.role && !m.name);
  if (same.length < 2) return role;
  return t('adviser.member.numbered', { role, number: same.indexOf(member) + 1 });
}

/** The member with their role: "Jana (Spouse)", or the role alone for a member with no name. */
export function memberHeading(member: ClientMember, members: readonly ClientMember[], t: TFunction): string {
  const label = memberLabel(member, members, t);
  return member.name ? t('adviser.member.withRole', { name: label, role: t(`adviser.role.${member.role}`) }) : label;
}

/**
 * A member's progress through the questions. Until the answers are complete the number of
 * questions still to come is not known (each answer can open more), so only the answered
 * ones are counted: "3 questions answered so far", never "3 of 4".
 */
export function progressText(p: { answered: number; asked: number; complete: boolean }, t: TFunction): string {
  if (p.complete) return `${t('adviser.members.questions', { answered: p.answered, asked: p.asked })} (${t('adviser.members.complete')})`;
  return p.answered === 0 ? t('adviser.members.notStarted') : t('adviser.members.questionsSoFar', { count: p.answered });
}
