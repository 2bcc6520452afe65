/**
 * Reading CSS colours, to tell whether the page behind a term is dark (the
 * card then uses its dark theme).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses the `rgb()` / `rgba()` strings that `getComputedStyle` returns (comma or space syntax). */
export function parseComputedColor(value: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!match) return undefined;
  const alpha =
    match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Dark enough that light text reads better on it than dark text (mid-grey is the turning point). */
export function isDark(color: Rgba): boolean {
  return relativeLuminance(color) < 0.18;
}

/**
 * The first background colour behind `element` that is mostly opaque, walking
 * up to the root; white (the browser default) when none is set.
 */
export function backgroundBehind(element: Element, getStyle: (element: Element) => CSSStyleDeclaration): Rgba {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const color = parseComputedColor(getStyle(node).backgroundColor);
    if (color && color.a >= 0.5) return color;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}
