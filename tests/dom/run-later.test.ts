/** Timers and frames tied to the content script's signal leave no listener on it once they have run. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { after, nextFrame, runLater } from '../../lib/content/run-later';

/** An abort signal that counts the listeners added to it and not removed. */
function countedSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  let listening = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  const live = new Set<unknown>();
  signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    live.add(listener);
    listening = live.size;
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListener) => {
    live.delete(listener);
    listening = live.size;
    remove(type, listener);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listening: () => listening };
}

beforeEach(() => {
  vi.useFakeTimers();
  // No scheduler.postTask in jsdom: runLater takes its timer path, the one that holds a listener.
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe.each([
  ['nextFrame', (callback: () => void, signal: AbortSignal) => nextFrame(callback, signal)],
  ['after', (callback: () => void, signal: AbortSignal) => void after(callback, 100, signal)],
  ['runLater', (callback: () => void, signal: AbortSignal) => runLater(callback, signal, 100)],
])('%s', (_, schedule) => {
  it('runs once and lets go of the signal, however often it is used', () => {
    const { signal, listening } = countedSignal();
    let runs = 0;
    for (let i = 0; i < 1000; i++) schedule(() => runs++, signal);
    vi.advanceTimersByTime(200);
    expect(runs).toBe(1000);
    expect(listening()).toBe(0);
  });

  it('never runs once the script is switched off', () => {
    const { controller, signal } = countedSignal();
    let runs = 0;
    schedule(() => runs++, signal);
    controller.abort();
    schedule(() => runs++, signal);
    vi.advanceTimersByTime(200);
    expect(runs).toBe(0);
  });
});

describe('after', () => {
  it('can be cancelled, letting go of the signal', () => {
    const { signal, listening } = countedSignal();
    let runs = 0;
    const cancel = after(() => runs++, 100, signal);
    cancel();
    vi.advanceTimersByTime(200);
    expect(runs).toBe(0);
    expect(listening()).toBe(0);
  });
});
