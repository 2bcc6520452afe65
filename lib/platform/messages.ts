/**
 * The one message protocol between the popup, the background and the content
 * script: every message's type, the guard that checks it on arrival (a page
 * can't send these, but a stale content script from an older version can),
 * and the typed function that sends it.
 */

import { browser } from '#imports';
import type { ChecklistItem, Entry } from '../../knowledge/schema';
import type { EmergencyService } from '../core/call-numbers';
import type { CardKey } from '../core/catalogues';
import { MESSAGE } from '../core/constants';
import { isLanguage, type Language } from '../core/languages';
import type { TermIndexData } from '../core/matcher/term-index';
import type { Site } from '../core/site-rules';
import type { Catalogue } from '../core/translate';

/** The popup and the shortcut ask a tab's top frame what it shows. */
export interface PageStateRequest {
  type: typeof MESSAGE.pageState;
}

/** What a frame's content script says of its page. */
export interface PageState {
  /** The page's site (what the popup's site switch and the shortcut act on). */
  site: Site;
  /** Whether highlighting is on for this page right now. */
  active: boolean;
  /** Entry ids of the terms highlighted on the page, in order of first appearance. */
  termIds: string[];
  /** Whether highlighting still has work queued (a long page takes several slices). */
  busy: boolean;
}

/**
 * Each frame's content script tells the extension's pages its page state when it changes:
 * the background keeps the toolbar in step, an open popup shows it.
 */
export interface PageTermsMessage extends PageState {
  type: typeof MESSAGE.pageTerms;
}

/** The popup asks the page to scroll to the first occurrence of a term and open its card. */
export interface ShowTermRequest {
  type: typeof MESSAGE.showTerm;
  id: string;
}

/** The hover card asks the background to open the red-flag checklist for its tab. */
export interface OpenChecklistMessage {
  type: typeof MESSAGE.openChecklist;
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
  /** The language the card should speak: the term's, or the browser's (the person's card-language setting). */
  language: Language | 'interface';
}

/** An entry with the emergency red flags it links to, and the number to call for them, in one language. */
export interface EntryDetails {
  entry: Entry;
  emergencySigns: ChecklistItem[];
  emergency: EmergencyService;
  /** The language of the entry and of `messages` (English where the asked language has no twin of the entry). */
  language: Language;
  /** What the card says around the entry, in `language`. */
  messages: Catalogue<CardKey>;
}

/**
 * A content script meets a page (or a block) in a language whose terms it
 * does not carry: the background sends that language's term index, so the
 * content script's size and an English page's start-up do not grow.
 */
export interface LanguagePackRequest {
  type: typeof MESSAGE.languagePack;
  language: Language;
}

export interface LanguagePack {
  language: Language;
  index: TermIndexData;
  /** How screen readers name a highlighted term in this language (aria-roledescription). */
  termRole: string;
}

/** `npm run bench` (and the hostile-page tests) ask what highlighting has cost on a page: not part of the page state. */
export interface WorkLogRequest {
  type: typeof MESSAGE.workLog;
}

/**
 * The end-to-end tests ask what the page has highlighted, with entry ids
 * (painted ranges carry none the page can see): not part of the page state.
 */
export interface OccurrencesRequest {
  type: typeof MESSAGE.occurrences;
  /** Only those inside the first element this selector matches (null: the whole page). */
  within?: string | null;
}

/** One highlighted occurrence: its text, its entry, and whether it is painted (a range) or an element. */
export type Occurrence = [text: string, entryId: string, painted: boolean, language: Language];

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
  /** The longest slice since highlighting started (kept apart: `passes` keeps only the last 200). */
  longestSliceMs: number;
  /** Occurrences painted as ranges (0 where the browser has no Highlight API: all are elements). */
  painted: number;
  /** Look-ups of the painted term under the pointer (one per animation frame with a move). */
  pointerLookups: { count: number; totalMs: number; longestMs: number; overOneMs: number };
}

/** What a content script sends to the background. */
export type ToBackground = PageTermsMessage | OpenChecklistMessage | EntryDetailsRequest | LanguagePackRequest;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isPageStateRequest(value: unknown): value is PageStateRequest {
  return isRecord(value) && value.type === MESSAGE.pageState;
}

function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    isRecord(value.site) &&
    typeof value.site.host === 'string' &&
    typeof value.site.port === 'string' &&
    typeof value.active === 'boolean' &&
    typeof value.busy === 'boolean' &&
    isStringArray(value.termIds)
  );
}

export function isPageTermsMessage(value: unknown): value is PageTermsMessage {
  return isRecord(value) && value.type === MESSAGE.pageTerms && isPageState(value);
}

export function isShowTermRequest(value: unknown): value is ShowTermRequest {
  return isRecord(value) && value.type === MESSAGE.showTerm && typeof value.id === 'string';
}

export function isOpenChecklistMessage(value: unknown): value is OpenChecklistMessage {
  return isRecord(value) && value.type === MESSAGE.openChecklist;
}

export function isEntryDetailsRequest(value: unknown): value is EntryDetailsRequest {
  return (
    isRecord(value) &&
    value.type === MESSAGE.entryDetails &&
    typeof value.id === 'string' &&
    typeof value.region === 'string' &&
    (value.language === 'interface' || isLanguage(value.language))
  );
}

export function isLanguagePackRequest(value: unknown): value is LanguagePackRequest {
  return isRecord(value) && value.type === MESSAGE.languagePack && isLanguage(value.language);
}

export function isLanguagePack(value: unknown): value is LanguagePack {
  return (
    isRecord(value) &&
    isLanguage(value.language) &&
    isRecord(value.index) &&
    typeof value.index.source === 'string' &&
    typeof value.termRole === 'string'
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
    Array.isArray(value.emergency.also) &&
    isLanguage(value.language) &&
    isRecord(value.messages)
  );
}

export function isWorkLogRequest(value: unknown): value is WorkLogRequest {
  return isRecord(value) && value.type === MESSAGE.workLog;
}

export function isOccurrencesRequest(value: unknown): value is OccurrencesRequest {
  return (
    isRecord(value) &&
    value.type === MESSAGE.occurrences &&
    (value.within === undefined || value.within === null || typeof value.within === 'string')
  );
}

/** The state of the page in `tabId` as its top frame reports it; undefined where no content script answers. */
export async function askPageState(tabId: number): Promise<PageState | undefined> {
  const request: PageStateRequest = { type: MESSAGE.pageState };
  const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  return isPageState(reply) ? reply : undefined;
}

/** Asks the page in `tabId` to scroll to the first occurrence of a term and open its card; true if it did. */
export async function askToShowTerm(tabId: number, id: string): Promise<boolean> {
  const request: ShowTermRequest = { type: MESSAGE.showTerm, id };
  const reply: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => false);
  return reply === true;
}

/** Sends a content script's message to the background (and any open popup); the reply, or undefined. */
export function sendToBackground(message: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}
