/**
 * Messages between the popup, the background and the content script. Every
 * message is checked on arrival: a page can't send these, but a stale content
 * script from an older version can.
 */
import type { ChecklistItem, Entry } from '../../knowledge/schema';
import type { EmergencyService } from './call-numbers';
import { MESSAGE } from './constants';
import type { Site } from './site-rules';

/** The popup asks a tab's content script what it shows. */
export interface PageStateRequest {
  type: typeof MESSAGE.pageState;
}

/** What the content script answers. */
export interface PageState {
  /** The page's site (what the popup's site switch and the shortcut act on). */
  site: Site;
  /** Whether highlighting is on for this page right now. */
  active: boolean;
  /** Entry ids of the terms highlighted on the page, in order of first appearance. */
  termIds: string[];
  /** What highlighting has cost on this page so far (read by `npm run bench`). */
  work?: WorkLog;
}

/** Main-thread work of the content script on one page. */
export interface WorkLog {
  /** When the content script started, in the page's `performance.now()` time. */
  startedAt: number;
  /** Building the term index (once per page). */
  indexMs: number;
  /** Synchronous start-up of the content script, excluding the first highlighting pass. */
  startupMs: number;
  /** Whether highlighting still has work queued. */
  busy: boolean;
  /** Each slice of highlighting: when it started, characters read, milliseconds spent (the last 200). */
  passes: { at: number; chars: number; ms: number }[];
}

/**
 * A frame's content script tells the background which terms its page shows
 * (for the badge) and whether highlighting is on (for the toolbar icon).
 */
export interface PageTermsMessage {
  type: typeof MESSAGE.pageTerms;
  active: boolean;
  termIds: string[];
}

/** The popup asks the page to scroll to the first occurrence of a term and open its card. */
export interface ShowTermRequest {
  type: typeof MESSAGE.showTerm;
  id: string;
}

export function isShowTermRequest(value: unknown): value is ShowTermRequest {
  return isRecord(value) && value.type === MESSAGE.showTerm && typeof value.id === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The hover card asks the background to open the red-flag checklist for its tab. */
export interface OpenChecklistMessage {
  type: typeof MESSAGE.openChecklist;
}

export function isOpenChecklistMessage(value: unknown): value is OpenChecklistMessage {
  return isRecord(value) && value.type === MESSAGE.openChecklist;
}

/**
 * The hover card asks the background for what it shows: the content script
 * carries only the term index, which keeps it small and quick to start.
 */
export interface EntryDetailsRequest {
  type: typeof MESSAGE.entryDetails;
  id: string;
  /** The person's emergency region setting (`auto` or a region code), for the number the card shows. */
  region: string;
}

/** An entry with the emergency red flags it links to, and the number to call for them. */
export interface EntryDetails {
  entry: Entry;
  emergencySigns: ChecklistItem[];
  emergency: EmergencyService;
}

export function isEntryDetailsRequest(value: unknown): value is EntryDetailsRequest {
  return (
    isRecord(value) &&
    value.type === MESSAGE.entryDetails &&
    typeof value.id === 'string' &&
    typeof value.region === 'string'
  );
}

export function isEntryDetails(value: unknown): value is EntryDetails {
  return (
    isRecord(value) &&
    isRecord(value.entry) &&
    typeof value.entry.id === 'string' &&
    typeof value.entry.definition === 'string' &&
    Array.isArray(value.emergencySigns) &&
    isRecord(value.emergency) &&
    typeof value.emergency.ambulance === 'string' &&
    Array.isArray(value.emergency.also)
  );
}

export function isPageStateRequest(value: unknown): value is PageStateRequest {
  return isRecord(value) && value.type === MESSAGE.pageState;
}

export function isPageTermsMessage(value: unknown): value is PageTermsMessage {
  return (
    isRecord(value) &&
    value.type === MESSAGE.pageTerms &&
    typeof value.active === 'boolean' &&
    Array.isArray(value.termIds) &&
    value.termIds.every((id) => typeof id === 'string')
  );
}

export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    isRecord(value.site) &&
    typeof value.site.host === 'string' &&
    typeof value.site.port === 'string' &&
    typeof value.active === 'boolean' &&
    Array.isArray(value.termIds) &&
    value.termIds.every((id) => typeof id === 'string')
  );
}
