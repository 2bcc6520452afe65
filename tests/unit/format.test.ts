import { describe, expect, it } from 'vitest';
import { capitalize, regionName } from '../../lib/core/format';

describe('capitalize', () => {
  it.each([
    ['fasciculation', 'Fasciculation'],
    ['Isaacs syndrome', 'Isaacs syndrome'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(capitalize(text)).toBe(expected);
  });
});

describe('regionName', () => {
  it.each([
    ['CH', 'en', 'Switzerland'],
    ['CH', 'es', 'Suiza'],
    ['MX', 'es', 'México'],
    ['ZZZ', 'es', 'ZZZ'],
  ])('%s in %s -> %s', (code, language, expected) => {
    expect(regionName(code, language)).toBe(expected);
  });
});
