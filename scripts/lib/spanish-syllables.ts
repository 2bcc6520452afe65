/**
 * Syllables of a Spanish word, by the rules of Spanish spelling (RAE): each
 * vowel nucleus is a syllable; a weak vowel (i, u, ü) next to another vowel
 * joins it in a diphthong ("ciu-dad", "neu-ro"), two strong vowels (a, e, o)
 * or a stressed weak one (í, ú) split ("po-e-ta", "dí-a"). The u of que, qui,
 * gue, gui is silent; y is a vowel at the end of a word or before a consonant
 * ("hoy", "muy", "y"). Spanish spelling shows pronunciation, so these rules
 * count nearly every word right; a dictionary would add little.
 */

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

export function spanishSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zñáéíóúü]/g, '')
    // h does not separate vowels in speech ("pro-hí-be", "ahu-ma-do").
    .replace(/h/g, '');
  const nuclei: string[] = [];
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    const letter = letters.charAt(i);
    const next = letters.charAt(i + 1);
    const previous = letters.charAt(i - 1);
    if (
      letter === 'u' &&
      (previous === 'q' || previous === 'g') &&
      (next === 'e' || next === 'i' || next === 'é' || next === 'í')
    ) {
      continue;
    }
    const vowel =
      VOWELS.has(letter) || (letter === 'y' && !VOWELS.has(next) && (VOWELS.has(previous) || letters.length === 1));
    if (!vowel) {
      nuclei.length = 0;
      continue;
    }
    const before = nuclei.at(-1);
    const sound = letter === 'y' ? 'i' : letter;
    if (before === undefined || (STRONG.has(before) && STRONG.has(sound)) || before === sound) count++;
    nuclei.push(sound);
  }
  return Math.max(1, count);
}
