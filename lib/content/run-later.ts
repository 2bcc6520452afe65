/**
 * Runs a callback as a background task: after the page's own pending work and
 * input, without waiting for a fully idle frame (which a busy page may never
 * have). Falls back to a zero-delay timer where `scheduler.postTask` is missing.
 * Tied to `signal`, so nothing runs after the content script is invalidated.
 */
interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background'; signal: AbortSignal }): Promise<void>;
}

export function runLater(callback: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    scheduler.postTask(callback, { priority: 'background', signal }).catch(() => undefined);
    return;
  }
  const timer = setTimeout(callback, 0);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
