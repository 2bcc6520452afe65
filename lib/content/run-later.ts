/**
 * Timers and frames tied to an AbortSignal (the content script's `ctx.signal`)
 * that let go of the signal once they have run. WXT's `ctx.setTimeout` and
 * `ctx.requestAnimationFrame` add an abort listener per call and never remove
 * it, so a page that changes every frame would collect listeners for as long
 * as it stays open.
 */

/** Runs a callback in the next animation frame, unless `signal` aborts first. */
export function nextFrame(callback: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const stop = () => cancelAnimationFrame(frame);
  const frame = requestAnimationFrame(() => {
    signal.removeEventListener('abort', stop);
    callback();
  });
  signal.addEventListener('abort', stop, { once: true });
}

/** Runs a callback after `delayMs`, unless `signal` aborts first; returns a function that cancels it. */
export function after(callback: () => void, delayMs: number, signal: AbortSignal): () => void {
  if (signal.aborted) return () => undefined;
  const cancel = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  };
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    callback();
  }, delayMs);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}

/**
 * Runs a callback as a background task (after `delayMs`): after the page's own
 * pending work and input, without waiting for a fully idle frame (which a busy
 * page may never have). Falls back to a timer where `scheduler.postTask` is missing.
 * Tied to `signal`, so nothing runs after the content script is invalidated.
 */
interface PostTaskScheduler {
  postTask(
    callback: () => void,
    options: { priority: 'background'; signal: AbortSignal; delay: number },
  ): Promise<void>;
}

export function runLater(callback: () => void, signal: AbortSignal, delayMs = 0): void {
  if (signal.aborted) return;
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    scheduler.postTask(callback, { priority: 'background', signal, delay: delayMs }).catch(() => undefined);
    return;
  }
  after(callback, delayMs, signal);
}
