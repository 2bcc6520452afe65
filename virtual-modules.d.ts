/** The term index computed at build time (see scripts/lib/term-index-plugin.ts). */
declare module 'virtual:term-index' {
  const data: import('./lib/core/matcher/term-index').TermIndexData;
  export default data;
}

/** Another language's term index, accent-insensitive (see scripts/lib/term-index-plugin.ts). */
declare module 'virtual:term-index/*' {
  const data: import('./lib/core/matcher/term-index').TermIndexData;
  export default data;
}

/**
 * mark.js's own class (the public build wraps it and hides its parts). Only
 * what lib/page/mark-adapter.ts uses is declared.
 */
declare module 'mark.js/src/lib/mark.js' {
  interface MappedTextNode {
    start: number;
    end: number;
    node: Text;
  }
  export default class MarkJs {
    constructor(context: Element);
    /** Options; the setter fills in mark.js's defaults. */
    set opt(value: { element: string });
    wrapRangeInMappedTextNode(
      dict: { value: string; nodes: MappedTextNode[] },
      start: number,
      end: number,
      filter: (node: Text) => boolean,
      each: (element: HTMLElement, lastIndex: number) => void,
    ): void;
  }
}
