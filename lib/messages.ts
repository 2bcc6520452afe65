/**
 * Messages between the popup, the background and the content script. Every
 * message is checked on arrival: a page can't send these, but a stale content
 * script from an older version can.
 */
import { MESSAGE } from './constants';

/** The popup asks a tab's content script what it shows. */
export interface PageStateRequest {
  type: typeof MESSAGE.pageState;
}

/** What the content script answers. */
export interface PageState {
  hostname: string;
  /** Whether highlighting is on for this page right now. */
  active: boolean;
  /** Entry ids of the terms highlighted on the page, in order of first appearance. */
  termIds: string[];
}

/** The content script tells the background how many distinct terms its page has. */
export interface TermCountMessage {
  type: typeof MESSAGE.termCount;
  count: number;
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

export function isPageStateRequest(value: unknown): value is PageStateRequest {
  return isRecord(value) && value.type === MESSAGE.pageState;
}

export function isTermCountMessage(value: unknown): value is TermCountMessage {
  return (
    isRecord(value) && value.type === MESSAGE.termCount && Number.isInteger(value.count) && (value.count as number) >= 0
  );
}

export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    typeof value.hostname === 'string' &&
    typeof value.active === 'boolean' &&
    Array.isArray(value.termIds) &&
    value.termIds.every((id) => typeof id === 'string')
  );
}
