import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import esContextWords from '../../knowledge/es/context-words.json';
import esTerms from '../../knowledge/es/terms.json';
import type { Entry } from '../../knowledge/schema';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { highlightsInText } from '../helpers/highlights-in-text';

const index = buildTermIndex(entries, contextWords);

/**
 * Each way of writing each entry, in a sentence of its own, run through the
 * real matcher: it must highlight exactly that text, as its own entry.
 * Abbreviations and everyday words sit next to the entry's long form, as they
 * would on a page about it.
 */
const cases = entries.flatMap((entry) => [
  ...[entry.term, ...entry.otherNames, ...entry.variants].map((form) => ({
    id: entry.id,
    form,
    sentence: entry.everydayForms.includes(form)
      ? `Fasciculation, dysphagia and dysarthria were discussed, and then ${form} came up.`
      : `Today I read about ${form} in the news.`,
  })),
  ...entry.abbreviations.map(({ text }) => ({
    id: entry.id,
    form: text,
    sentence: `Doctors talk about ${entry.term} (${text}) a lot.`,
  })),
]);

describe('every name, variant and abbreviation', () => {
  it.each(cases.map((c) => [c.form, c.id, c] as const))('%j highlights as %s', (_, __, { id, form, sentence }) => {
    const at = sentence.indexOf(form);
    const overlapping = highlightsInText(index, sentence).filter(
      ({ start, end }) => start < at + form.length && end > at,
    );
    expect(overlapping.map(({ start, end, hit }) => [sentence.slice(start, end), hit.entryId])).toEqual([[form, id]]);
  });
});

const spanishEntries = (esTerms as { entries: Entry[] }).entries;
const spanishIndex = buildTermIndex(spanishEntries, esContextWords, { foldAccents: true });
/** The same text as a writer who leaves accents out types it. */
const withoutAccents = (text: string) => text.replace(/[áéíóúü]/g, (char) => 'aeiouu'['áéíóúü'.indexOf(char)] ?? char);

const spanishCases = spanishEntries.flatMap((entry) => [
  ...[entry.term, ...entry.otherNames, ...entry.variants].flatMap((written) =>
    [...new Set([written, withoutAccents(written)])].map((form) => ({
      id: entry.id,
      form,
      sentence: entry.everydayForms.includes(written)
        ? `Las fasciculaciones, la disfagia y la disartria se trataron, y luego salió ${form}.`
        : `Hoy leí sobre ${form} en las noticias.`,
    })),
  ),
  ...entry.abbreviations.map(({ text }) => ({
    id: entry.id,
    form: text,
    sentence: `Los médicos hablan mucho de ${entry.term} (${text}).`,
  })),
]);

describe('every Spanish name, variant and abbreviation, with and without accents', () => {
  it.each(spanishCases.map((c) => [c.form, c.id, c] as const))(
    '%j highlights as %s',
    (_, __, { id, form, sentence }) => {
      const at = sentence.indexOf(form);
      const overlapping = highlightsInText(spanishIndex, sentence).filter(
        ({ start, end }) => start < at + form.length && end > at,
      );
      expect(overlapping.map(({ start, end, hit }) => [sentence.slice(start, end), hit.entryId])).toEqual([[form, id]]);
    },
  );
});
