/**
 * jsdom has no CSS Custom Highlight API and no layout. A stand-in with the
 * registry and a set-like Highlight as the spec defines them, installed on
 * the test window for the tests that paint; uninstalling brings back the
 * browser without the API (the element path).
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
}

export interface FakeHighlightApi {
  readonly registry: Map<string, FakeHighlight>;
  uninstall(): void;
}

type Installable = Record<'CSS' | 'Highlight', unknown>;

export function installHighlightApi(): FakeHighlightApi {
  const registry = new Map<string, FakeHighlight>();
  const targets = [globalThis, document.defaultView].filter(Boolean) as unknown as Installable[];
  const before = targets.map((target) => ({ CSS: target.CSS, Highlight: target.Highlight }));
  for (const target of targets) {
    target.CSS = { ...(target.CSS as object | undefined), highlights: registry };
    target.Highlight = FakeHighlight;
  }
  return {
    registry,
    uninstall() {
      targets.forEach((target, i) => {
        Object.assign(target, before[i]);
      });
    },
  };
}

/** The text of every range painted under `name`, in the order painted. */
export function paintedTexts(api: FakeHighlightApi, name: string): string[] {
  return [...(api.registry.get(name) ?? [])].map((painted) => {
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    return range.toString();
  });
}
