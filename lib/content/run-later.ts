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
  const stop = () => clearTimeout(timer);
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', stop);
    callback();
  }, delayMs);
  signal.addEventListener('abort', stop, { once: true });
}
