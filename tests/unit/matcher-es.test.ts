/**
 * The Spanish index as a Spanish page meets it: accents present or missing,
 * inverted punctuation, and abbreviations read in their sentence (ELA, EM,
 * EMG, RM, TC...), with Spanish prose about other subjects left alone.
 */
import { describe, expect, it } from 'vitest';
import esContextWords from '../../knowledge/es/context-words.json';
import esTerms from '../../knowledge/es/terms.json';
import type { Entry } from '../../knowledge/schema';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { highlightsInText } from '../helpers/highlights-in-text';

const index = buildTermIndex((esTerms as { entries: Entry[] }).entries, esContextWords, { foldAccents: true });

/** What a reader would see highlighted in `text`, as [text, entry id] pairs. */
function highlighted(text: string): [string, string][] {
  return highlightsInText(index, text).map(({ start, end, hit }) => [text.slice(start, end), hit.entryId]);
}

/** A health article around the sentence, so the page as a whole is about health. */
const ARTICLE = 'Las fasciculaciones son frecuentes. La disfagia y la atrofia muscular necesitan un médico. ';

describe('Spanish terms, with or without accents', () => {
  it.each<[string, [string, string][]]>([
    ['Tengo fasciculaciones en la pierna.', [['fasciculaciones', 'fasciculation']]],
    [
      'Tengo fasciculaciónes y fasciculacion en el brazo.',
      [
        ['fasciculaciónes', 'fasciculation'],
        ['fasciculacion', 'fasciculation'],
      ],
    ],
    ['FASCICULACIÓN', [['FASCICULACIÓN', 'fasciculation']]],
    ['Me hicieron una electromiografia ayer.', [['electromiografia', 'electromyography']]],
    [
      'La esclerosis lateral amiotrofica es rara.',
      [['esclerosis lateral amiotrofica', 'amyotrophic-lateral-sclerosis']],
    ],
    ['El sindrome de Isaacs causa rigidez.', [['sindrome de Isaacs', 'isaacs-syndrome']]],
    ['La neuromiotonía es rara.', [['neuromiotonía', 'isaacs-syndrome']]],
    ['Un estudio de conducción nerviosa salió normal.', [['estudio de conducción nerviosa', 'nerve-conduction-study']]],
  ])('%j', (text, expected) => {
    expect(highlighted(text)).toEqual(expected);
  });

  it('folds acute accents and the diaeresis, never ñ: "daño" is not "dano"', () => {
    const nerves = (text: string) =>
      highlighted(`${ARTICLE}${text}`).filter(([, id]) => id === 'peripheral-neuropathy');
    expect(nerves('Tiene daño en los nervios.')).toEqual([['daño en los nervios', 'peripheral-neuropathy']]);
    expect(nerves('Tiene DAÑO EN LOS NERVIOS.')).toEqual([['DAÑO EN LOS NERVIOS', 'peripheral-neuropathy']]);
    expect(nerves('Tiene dano en los nervios.')).toEqual([]);
  });

  it('keeps word boundaries with accented letters: no term inside a longer word', () => {
    expect(highlighted('Las fasciculacionesque no existen.')).toEqual([]);
  });
});

describe('inverted punctuation', () => {
  it.each<[string, [string, string][]]>([
    ['¿Será ELA? Mi neurólogo dice que no.', [['ELA', 'amyotrophic-lateral-sclerosis']]],
    ['¡Por fin me hicieron la EMG!', [['EMG', 'electromyography']]],
    ['¿Las fasciculaciones son peligrosas?', [['fasciculaciones', 'fasciculation']]],
  ])('%j', (text, expected) => {
    expect(highlighted(`${ARTICLE}${text}`)).toEqual(expect.arrayContaining(expected));
  });
});

type Case = [sentence: string, expected: [string, string][]];

const abbreviations = (text: string) =>
  highlightsInText(index, text)
    .filter(({ hit }) => hit.kind === 'abbreviation')
    .map(({ start, end, hit }): [string, string] => [text.slice(start, end), hit.entryId]);

/** Each pattern both ways: the letters meaning something else, and meaning the disease or test. */
const PATTERNS: [pattern: string, cases: Case[]][] = [
  [
    'a dose or unit after a number',
    [
      ['Tome 250 MG dos veces al día.', []],
      ['Cada cápsula tiene 400 MG de magnesio.', []],
      ['La MG hace que los párpados caigan al final del día.', [['MG', 'myasthenia-gravis']]],
    ],
  ],
  [
    'another meaning named in the sentence',
    [
      ['El gobierno del ELA de Puerto Rico aprobó el presupuesto.', []],
      ['El Estado Mayor de la Defensa (EM) publicó el informe.', []],
      ['El Real Madrid (RM) ganó la liga.', []],
      ['El tipo de cambio (TC) del dólar subió hoy.', []],
      ['La ELA afecta a las neuronas motoras.', [['ELA', 'amyotrophic-lateral-sclerosis']]],
      ['La RM de la columna salió normal.', [['RM', 'magnetic-resonance-imaging']]],
    ],
  ],
  [
    'an expansion in parentheses',
    [
      ['La esclerosis lateral amiotrófica (ELA) es rara.', [['ELA', 'amyotrophic-lateral-sclerosis']]],
      ['La esclerosis múltiple (EM) daña la mielina.', [['EM', 'multiple-sclerosis']]],
      ['La EMG (electromiografía) mide la actividad del músculo.', [['EMG', 'electromyography']]],
    ],
  ],
  [
    'shouting',
    [
      ['CREO QUE TENGO ELA AYUDA POR FAVOR', []],
      ['Creo que tengo ELA, ayuda, me tiembla la pierna todo el día.', [['ELA', 'amyotrophic-lateral-sclerosis']]],
    ],
  ],
];

describe('Spanish abbreviations, read in their sentence', () => {
  describe.each(PATTERNS)('%s', (_, cases) => {
    it.each(cases)('%j', (sentence, expected) => {
      expect(abbreviations(`${ARTICLE}${sentence}`)).toEqual(expected);
    });
  });
});

describe('Spanish forum threads that write only abbreviations', () => {
  it.each<Case>([
    [
      'El neuro dice que no es ELA, la EMG salió limpia y la CK normal.',
      [
        ['ELA', 'amyotrophic-lateral-sclerosis'],
        ['EMG', 'electromyography'],
        ['CK', 'creatine-kinase'],
      ],
    ],
    ['Me diagnosticaron EM hace dos años, ¿a alguien le pasa?', [['EM', 'multiple-sclerosis']]],
  ])('%j', (post, expected) => {
    expect(abbreviations(post)).toEqual(expected);
  });
});

describe('Spanish prose about other subjects stays unhighlighted', () => {
  it.each([
    'El TC del dólar frente al peso subió un 2 % esta semana, según el banco central.',
    'Instale el cliente IRC y conéctese al servidor del proyecto.',
    'El bus SPI del microcontrolador funciona a 10 MHz.',
    'El RM ganó 3 a 1 y sigue líder; el SFC perdió en casa.',
    'Los ERC y el Tribunal Constitucional (TC) debatieron la ley.',
    'La media móvil simple (SMA) de 50 días cayó en la bolsa.',
    'El temblor de magnitud 6 sacudió Lima durante la noche.',
    'Compré unas pastillas EMG 81 para la guitarra eléctrica.',
    'El ELA de Puerto Rico y su gobernador anunciaron nuevas medidas económicas.',
  ])('%j', (text) => {
    expect(highlighted(text)).toEqual([]);
  });
});
