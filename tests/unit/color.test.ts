import { describe, expect, it } from 'vitest';
import { isDark, parseComputedColor, relativeLuminance } from '../../lib/core/color';

describe('parseComputedColor', () => {
  it.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgba(18, 18, 18, 0.75)', { r: 18, g: 18, b: 18, a: 0.75 }],
    ['rgb(18 18 18 / 50%)', { r: 18, g: 18, b: 18, a: 0.5 }],
    ['transparent', undefined],
    ['#fff', undefined],
  ])('%s', (value, expected) => {
    expect(parseComputedColor(value)).toEqual(expected);
  });
});

describe('isDark', () => {
  it.each([
    [{ r: 255, g: 255, b: 255, a: 1 }, false],
    [{ r: 250, g: 250, b: 245, a: 1 }, false],
    [{ r: 128, g: 128, b: 128, a: 1 }, false],
    [{ r: 30, g: 30, b: 30, a: 1 }, true],
    [{ r: 13, g: 17, b: 23, a: 1 }, true],
    [{ r: 0, g: 0, b: 139, a: 1 }, true],
    [{ r: 255, g: 255, b: 0, a: 1 }, false],
  ])('%j: %s', (color, expected) => {
    expect(isDark(color)).toBe(expected);
  });

  it('orders black below white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1, 6);
  });
});
