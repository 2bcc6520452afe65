/**
 * The distinct terms shown in each tab, across all of its frames: what the
 * toolbar badge counts. Pure bookkeeping; the background feeds it.
 */
export class TabTerms {
  readonly #byTab = new Map<number, Map<number, ReadonlySet<string>>>();

  /** Records the terms one frame shows; returns the number of distinct terms in the whole tab. */
  set(tabId: number, frameId: number, termIds: readonly string[]): number {
    const frames = this.#byTab.get(tabId) ?? new Map<number, ReadonlySet<string>>();
    frames.set(frameId, new Set(termIds));
    this.#byTab.set(tabId, frames);
    return this.count(tabId);
  }

  count(tabId: number): number {
    const all = new Set<string>();
    for (const ids of this.#byTab.get(tabId)?.values() ?? []) for (const id of ids) all.add(id);
    return all.size;
  }

  /** Forgets a tab (it navigated or closed). */
  clear(tabId: number): void {
    this.#byTab.delete(tabId);
  }
}
