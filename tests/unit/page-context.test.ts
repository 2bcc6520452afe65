import { describe, expect, it } from 'vitest';
import { contextWords, entries } from '../../knowledge';
import { isContextual } from '../../lib/core/matcher/find-terms';
import { buildTermIndex } from '../../lib/core/matcher/term-index';
import { highlightsInText } from '../helpers/highlights-in-text';

const index = buildTermIndex(entries, contextWords);

/** The context-dependent words a reader would see highlighted on a page: abbreviations and everyday words. */
function contextualHighlights(page: string): string[] {
  return highlightsInText(index, page)
    .filter(({ hit }) => isContextual(hit))
    .map(({ start, end }) => page.slice(start, end));
}

/** Pages where the look-alikes mean something else: nothing context-dependent may be highlighted. */
const NOT_HEALTH: [string, string][] = [
  [
    'German prose, "als" everywhere',
    'Als ich nach Hause kam, war es schon dunkel. Als Kind wollte ich Pilot werden, als Erwachsener wurde ich Lehrer. ALS ICH DAS SAH, LACHTE ICH. Er ist größer als sein Bruder.',
  ],
  [
    'Dutch prose',
    'Als je morgen komt, bel me dan. Als het regent blijven we thuis. Hij is net zo groot als zijn vader. ALS HET KAN, GRAAG.',
  ],
  [
    'software release notes',
    'Release 5.3: startup is 120 ms faster and the MS Office add-in loads in 35 ms. We fixed a crash in MS Teams when Microsoft Edge is the default. BFS and DFS traversals now share one queue; the GBS of logs are rotated daily. MS-DOS builds are gone.',
  ],
  [
    'hardware datasheet',
    'The MS5611 barometer and the ALS-PT19 ambient light sensor share the I2C bus. Connect the antenna to the SMA connector; the EMG pickup preset is stored in EEPROM. Part numbers: NCS2, MG996R servo, CK-1000.',
  ],
  [
    'emergency services, where ALS is advanced life support',
    'Our county runs ALS and BLS ambulances. ALS crews provide advanced life support, including cardiac monitoring and drugs, after a cardiac arrest or a seizure. A stroke of luck: the new ALS unit arrived in 6 minutes.',
  ],
  [
    'people and companies that begin like an eponym',
    'Isaac Newton and Isaacs Property Group met at the Lou Gehrig Day game. Kennedy Center staff and the Guillain family thanked MG Motor and Calvin Klein (CK) for sponsoring.',
  ],
  [
    'sport, with everyday words',
    'Her backstroke stroke rate rose after the tremor of nerves before the final. The referee ordered the seizure of the flares, and the team showed great rigidity in defence.',
  ],
  [
    'finance, where SMA is a moving average',
    'The 50-day SMA crossed the 200-day SMA, a classic signal. Traders watch the simple moving average and the MS index closely.',
  ],
  [
    'food, gadgets and business, where nutrients, stimulants and some medical words are everyday words',
    "This espresso blend has more caffeine than cola. Bananas are rich in potassium and nuts in magnesium; milk gives calcium. The lithium battery lasts all day, and tonic water gets its taste from quinine. By Parkinson's law, work expands to fill the time; analysis paralysis struck the team, and a high fever of buying spread.",
  ],
  [
    'a streaming page that says twitch',
    'Watch the stream on Twitch tonight. The MS Paint speedrun and a CK One giveaway start at nine.',
  ],
  [
    'a supplement label, where MG is milligrams',
    'Magnesium 400 MG per serving. Take 2 tablets daily. Each tablet has 200 milligrams of magnesium and 25 MG of zinc.',
  ],
];

/** Health pages where the same abbreviations and words are the medical ones. */
const HEALTH: [string, string, string[]][] = [
  [
    'long form next to the abbreviation',
    'Multiple sclerosis (MS) affects the nerves. MS can cause numbness.',
    ['MS', 'MS'],
  ],
  [
    'a page about twitching that uses ALS and EMG without long forms',
    'Fasciculations worry many people. Without weakness or muscle atrophy, ALS is very unlikely; an EMG and a nerve conduction study can reassure.',
    ['ALS', 'EMG'],
  ],
  [
    'a neurology page with several abbreviations',
    'Myasthenia gravis (MG) and Guillain-Barré syndrome (GBS) are autoimmune. In GBS, weakness rises from the feet; in MG, muscles tire. A high CK and an EMG help, along with creatine kinase levels.',
    ['MG', 'GBS', 'GBS', 'MG', 'CK', 'EMG'],
  ],
  [
    'everyday words on a page about health',
    'Fasciculation and dysphagia can follow a stroke. A seizure, a tremor or muscle rigidity need a doctor; dysarthria too.',
    ['stroke', 'seizure', 'tremor'],
  ],
  [
    'a German-language page that still names the English long form',
    'Amyotrophic lateral sclerosis (ALS) ist selten. Als Kind hatte er keine Beschwerden; die ALS begann mit 55.',
    ['ALS', 'ALS'],
  ],
  [
    'nutrients and stimulants on a page about twitching',
    'Fasciculation and cramps can follow too much caffeine or nicotine. Magnesium and potassium help muscles; dysarthria and dysphagia need a doctor.',
    ['caffeine', 'nicotine', 'Magnesium', 'potassium'],
  ],
  [
    'benign fasciculation syndrome spelled out once',
    'Benign fasciculation syndrome (BFS) is common. BFS does not cause weakness.',
    ['BFS', 'BFS'],
  ],
];

describe('pages that are not about health', () => {
  it.each(NOT_HEALTH)('%s: no abbreviation or everyday word highlighted', (_, page) => {
    expect(contextualHighlights(page)).toEqual([]);
  });
});

describe('pages about health', () => {
  it.each(HEALTH)('%s', (_, page, expected) => {
    expect(contextualHighlights(page)).toEqual(expected);
  });
});
