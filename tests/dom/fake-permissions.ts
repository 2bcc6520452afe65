/**
 * The browser's host permissions, which WXT's fake browser leaves unmocked:
 * a set of granted match patterns, `contains`/`getAll`/`request`, and the
 * onAdded/onRemoved events the popup and options page watch.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SITES } from '../../lib/core/site-access';

type Listener = () => void;

export interface FakePermissions {
  /** Patterns asked for through `permissions.request`, in order. */
  requested: string[][];
  /** Whether the next request is allowed (the person's answer to the browser's prompt). */
  answer: boolean;
}

/** Grants `origins` (every site unless told otherwise) and returns what the page asked for. */
export function fakeSitePermissions(origins: readonly string[] = ALL_SITES): FakePermissions {
  const granted = new Set(origins);
  const listeners = new Set<Listener>();
  const state: FakePermissions = { requested: [], answer: true };
  const covers = (origin: string) =>
    granted.has(origin) || granted.has(`${origin.slice(0, origin.indexOf('://'))}://*/*`);
  const event = {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
  };
  Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async ({ origins: asked = [] }) =>
    asked.every(covers)) as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation((async () => ({
    origins: [...granted],
    permissions: [],
  })) as never);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async ({ origins: asked = [] }) => {
    state.requested.push(asked);
    if (!state.answer) return false;
    for (const origin of asked) granted.add(origin);
    for (const listener of listeners) listener();
    return true;
  }) as never);
  return state;
}
