import type { Plan } from '../../rules/schema/plan.ts';
import { downloadText } from '../keep/download.ts';
import { caseFileHash, shareUrl } from '../keep/share-link.ts';
import { planToIcs, type IcsOptions } from './plan-ics.ts';
import { exportFileName } from './plan-format.ts';

/** What "Copy share link" did: copied to the clipboard, or the link for the person to copy. */
export interface CopyResult {
  copied: boolean;
  url: string;
}

/** The plan view's four actions. The app may replace any of them. */
export interface PlanActions {
  onPrint: () => void;
  onDownloadCalendar: () => void;
  onExportCaseFile: () => void;
  onCopyShareLink: () => Promise<CopyResult>;
}

export interface DefaultActionOptions {
  /** Labels for the calendar file's descriptions, in the person's language. */
  ics?: Omit<IcsOptions, 'generatedAt'>;
  /** Who the calendar's events are for (this browser's calendar id), read when the file is made. */
  uidScope?: () => string | undefined;
  /** The page the share link points to; defaults to the start page in the language shown (`/sk/`). */
  pageUrl?: () => string;
  now?: () => Date;
}

const scopeOf = (scope: (() => string | undefined) | undefined): { uidScope?: string } => {
  const s = scope?.();
  return s ? { uidScope: s } : {};
};

/**
 * The start page in the language shown (`https://…/sk/`): a share link opens there, in the
 * sender's language, and offers the answers it holds.
 */
function startPageUrl(): string {
  const lang = document.documentElement.lang || 'en';
  return new URL(`/${encodeURIComponent(lang)}/`, window.location.href).href;
}

/**
 * The browser implementations: print dialog, file downloads (Blob, no network) and the
 * clipboard. Everything happens on the device.
 */
export function defaultPlanActions(plan: Plan, options: DefaultActionOptions = {}): PlanActions {
  const hash = caseFileHash(plan.caseFile);
  const now = options.now ?? (() => new Date());
  const pageUrl = options.pageUrl ?? startPageUrl;
  return {
    onPrint: () => window.print(),
    onDownloadCalendar: () =>
      downloadText(exportFileName(hash, 'ics'), planToIcs(plan, { ...options.ics, ...scopeOf(options.uidScope), generatedAt: now() }), 'text/calendar'),
    onExportCaseFile: () =>
      downloadText(exportFileName(hash, 'json'), `${JSON.stringify(plan.caseFile, null, 2)}\n`, 'application/json'),
    onCopyShareLink: async () => {
      const url = shareUrl(pageUrl(), plan.caseFile);
      try {
        if (!navigator.clipboard) return { copied: false, url };
        await navigator.clipboard.writeText(url);
        return { copied: true, url };
      } catch {
        return { copied: false, url };
      }
    },
  };
}
