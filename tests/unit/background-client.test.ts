import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import { createBackgroundClient } from '../../lib/content/background-client';
import { MESSAGE } from '../../lib/core/constants';
import type { PageState } from '../../lib/platform/messages';

const site = { host: 'www.nhs.uk', port: '' };
const ctx = { isInvalid: false, signal: new AbortController().signal } as ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the page reports', () => {
  it('report each change once, the end of highlighting included, even when the terms stay the same', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const client = createBackgroundClient(ctx);
    let state: PageState = { site, active: true, termIds: [], busy: true };
    client.reportPage(() => state);
    state = { ...state, termIds: ['fasciculation'] };
    client.reportPage(() => state);
    await vi.advanceTimersByTimeAsync(1_000);
    state = { ...state, busy: false };
    client.reportPage(() => state);
    await vi.advanceTimersByTimeAsync(1_000);
    client.reportPage(() => state);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent.mock.calls.map(([message]) => message)).toEqual([
      { type: MESSAGE.pageTerms, site, active: true, termIds: [], busy: true },
      { type: MESSAGE.pageTerms, site, active: true, termIds: ['fasciculation'], busy: true },
      { type: MESSAGE.pageTerms, site, active: true, termIds: ['fasciculation'], busy: false },
    ]);
  });
});
