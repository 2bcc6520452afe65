/**
 * What a page must do when the settings change: the content script's whole
 * decision, as a pure function, so the entry only carries it out.
 */
import { highlightChoiceChanged, type Settings } from './settings';
import { isSiteEnabled, type Site } from './site-rules';

/**
 * - `stop`: highlighting is off for this page (or it has no site): remove everything.
 * - `start`: it was off and is on now.
 * - `rehighlight`: which terms, or how often, changed: highlight the page again.
 * - `restyle`: only the look changed: rewrite the style sheet.
 * - `keep`: nothing the page shows changed (the card reads its delay and theme when it opens).
 */
export type PageAction = 'stop' | 'start' | 'rehighlight' | 'restyle' | 'keep';

export function pageActionFor(
  previous: Settings,
  next: Settings,
  site: Site | undefined,
  highlighting: boolean,
): PageAction {
  if (!site || !isSiteEnabled(next, site)) return 'stop';
  if (!highlighting) return 'start';
  if (highlightChoiceChanged(previous, next)) return 'rehighlight';
  if (previous.highlightStyle !== next.highlightStyle) return 'restyle';
  return 'keep';
}
