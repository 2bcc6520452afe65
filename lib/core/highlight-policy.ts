/**
 * Which highlights the person wants, occurrence by occurrence: the kinds of
 * terms they chose, and how often (every time, the first time in each
 * section, the first time on the page). Pure: the page layer says which
 * section an occurrence is in and applies the answer.
 */
import type { Category } from '../../knowledge/schema';
import type { Density } from './settings';

/** What the person chose to see highlighted. */
export interface HighlightPolicy {
  categories: ReadonlySet<Category>;
  density: Density;
}

/**
 * Answers "highlight this occurrence?" and remembers the yeses, so that with
 * "first per section/page" later occurrences get a no. `section` is any
 * object standing for the occurrence's section (undefined: not in one, which
 * counts as the page). Call `forget` when the page is highlighted afresh.
 */
export interface HighlightFilter {
  wants(entryId: string, section: object | undefined): boolean;
  forget(): void;
}

export function createHighlightFilter(
  policy: HighlightPolicy | undefined,
  categoryOf: (entryId: string) => Category | undefined,
): HighlightFilter {
  let shown = new Set<string>();
  let sectionIds = new WeakMap<object, number>();
  let sectionCount = 0;
  /** The key under which a term counts as already shown, or undefined when every occurrence is shown. */
  const densityKey = (entryId: string, section: object | undefined): string | undefined => {
    if (!policy || policy.density === 'every') return undefined;
    if (policy.density === 'first-per-page' || !section) return entryId;
    let id = sectionIds.get(section);
    if (id === undefined) {
      id = ++sectionCount;
      sectionIds.set(section, id);
    }
    return `${entryId} ${id}`;
  };
  return {
    wants(entryId, section) {
      const category = categoryOf(entryId);
      if (policy && category && !policy.categories.has(category)) return false;
      const key = densityKey(entryId, section);
      if (key === undefined) return true;
      if (shown.has(key)) return false;
      shown.add(key);
      return true;
    },
    forget() {
      shown = new Set();
      sectionIds = new WeakMap();
      sectionCount = 0;
    },
  };
}
