import { describe, expect, it } from 'vitest';
import { capitalize, formatReviewDate } from '../../lib/core/format';

describe('formatReviewDate', () => {
  it.each([
    ['2026-11-21', 'en-GB', '21 November 2026'],
    ['2026-11-21', 'en-US', 'November 21, 2026'],
    ['2026-01-01', 'de-DE', '1. Januar 2026'],
    ['not a date', 'en-GB', 'not a date'],
  ])('%s in %s -> %s', (date, locale, expected) => {
    expect(formatReviewDate(date, locale)).toBe(expected);
  });
});

describe('capitalize', () => {
  it.each([
    ['fasciculation', 'Fasciculation'],
    ['Isaacs syndrome', 'Isaacs syndrome'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(capitalize(text)).toBe(expected);
  });
});
