/**
 * Pages for `npm run bench`, generated in memory: 2 MB of health text (in
 * English, and in Spanish), 2 MB without health terms, a tiny page, and a
 * page that keeps appending paragraphs. Each records, from the page's own point of view, when
 * DOMContentLoaded fired, when highlights appeared, and every long task.
 */

/** Sentences with health terms, some split across inline markup; about 2.5 matches per sentence. */
const HEALTH_SENTENCES = [
  'Muscle twitching, also known as <em>fasciculation</em>, is common and usually harmless.',
  'A nerve conduction study and electromyography (EMG) check how nerves and muscles work.',
  'Doctors look for muscle weakness and muscle atrophy before they worry about motor neuron disease.',
  'Low magnesium, or hypomagnesemia, and hypocalcemia can cause a muscle cramp or tetany.',
  '<em>Isaacs</em> syndrome, also called neuromyotonia, causes stiffness and hyperhidrosis.',
  'Amyotrophic lateral sclerosis (ALS) and multiple sclerosis are rare causes of twitching.',
  'A herniated disc can lead to radiculopathy, sciatica and paresthesia in one leg.',
  'Vitamin B12 deficiency and vitamin B6 toxicity both cause peripheral neuropathy.',
  'Botulinum toxin and other neuromuscular blockers ease dystonia and blepharospasm.',
  'Benign fasciculation syndrome does not cause dysphagia, dysarthria or foot drop.',
];

/** Sentences about software and gardening, with no health term in them. */
const PLAIN_SENTENCES = [
  'The release adds a faster build cache and a new command for cleaning old artifacts.',
  'Tomatoes grow best in full sun with regular watering and a layer of mulch in summer.',
  'Our team reviewed every pull request twice before the version was tagged and shipped.',
  'The garden path was lined with lavender, rosemary and a few late flowering roses.',
  'Configuration files are read from the project root unless another folder is given.',
  'Autumn leaves make excellent compost when they are shredded and kept a little moist.',
];

/** The same kind of health text in Spanish, accents sometimes left out as people type them. */
const SPANISH_HEALTH_SENTENCES = [
  'Las contracciones musculares, llamadas <em>fasciculaciones</em>, son frecuentes y casi siempre inofensivas.',
  'Un estudio de conducción nerviosa y una electromiografía (EMG) miden cómo trabajan los nervios y los músculos.',
  'El médico busca debilidad muscular y atrofia muscular antes de pensar en la enfermedad de la neurona motora.',
  'El magnesio bajo, o hipomagnesemia, y la hipocalcemia pueden causar un calambre muscular o tetania.',
  'El síndrome de <em>Isaacs</em>, también llamado neuromiotonía, causa rigidez y sudor excesivo.',
  'La esclerosis lateral amiotrofica (ELA) y la esclerosis múltiple son causas raras de fasciculaciones.',
  'Una hernia de disco puede causar radiculopatía, ciática y hormigueo en una pierna.',
  'La falta de vitamina B12 puede dañar los nervios y causar neuropatía periférica.',
  'La toxina botulínica alivia la distonía y el blefaroespasmo.',
  'El síndrome de fasciculación benigna no causa disfagia, disartria ni pie caído.',
];

const SPANISH_PLAIN_SENTENCES = [
  'La nueva versión añade una caché de compilación más rápida y un comando para limpiar archivos viejos.',
  'Los tomates crecen mejor a pleno sol, con riego regular y una capa de acolchado en verano.',
  'El equipo revisó cada cambio dos veces antes de publicar la versión.',
  'El camino del jardín tenía lavanda, romero y unas rosas tardías.',
  'Los archivos de configuración se leen desde la carpeta del proyecto salvo que se indique otra.',
  'Las hojas de otoño son un buen abono si se trituran y se mantienen algo húmedas.',
];

const INSTRUMENTATION = `<script>
  // Bench instrumentation, in the page's own world. It records when highlight
  // elements appear (the first 500 with their nodes, to find the first one in
  // view afterwards without forcing a layout now) and every long task. Painted
  // ranges have no element and no mutation: they are counted on request (a
  // loop here would cost every frame), and when they were painted the content
  // script's work log says.
  window.__bench = { dcl: 0, last: 0, count: 0, early: [], longTasks: [], longFrames: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames include the rendering (style, layout) that follows a task.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longFrames.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__bench.dcl = performance.now(); });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'MTG-TERM') continue;
        window.__bench.count++;
        window.__bench.last = now;
        if (window.__bench.early.length < 500) window.__bench.early.push({ node, at: now });
      }
    }
  }).observe(document, { childList: true, subtree: true });
  window.__firstInViewport = () => {
    const seen = window.__bench.early.find(({ node }) => node.isConnected && node.getBoundingClientRect().top < innerHeight);
    return seen ? seen.at : 0;
  };
  window.__painted = () => ((globalThis.CSS && CSS.highlights && CSS.highlights.get('health-term')) || { size: 0 }).size;
</script>`;

function page(title: string, body: string, extraScript = '', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${INSTRUMENTATION}${extraScript}</head><body>${body}</body></html>`;
}

/** Paragraphs of `sentencesPerParagraph` sentences cycling through `sentences`, until `bytes` of HTML. */
export function paragraphs(sentences: readonly string[], bytes: number, sentencesPerParagraph = 6): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const parts: string[] = [];
    for (let j = 0; j < sentencesPerParagraph; j++) {
      parts.push(sentences[(i * sentencesPerParagraph + j) % sentences.length] as string);
    }
    const html = `<p>${parts.join(' ')}</p>\n`;
    out.push(html);
    size += html.length;
  }
  return out.join('');
}

export const TWO_MB = 2 * 1024 * 1024;

/** Health text as it is usually written: one sentence in six carries terms (about 10,000 matches in 2 MB). */
const MIXED_SENTENCES = HEALTH_SENTENCES.flatMap((sentence, i) => [
  sentence,
  ...Array.from({ length: 5 }, (_, j) => PLAIN_SENTENCES[(i + j) % PLAIN_SENTENCES.length] as string),
]);

export function healthPage(bytes = TWO_MB): string {
  return page('Health text', `<main><h1>Muscle twitching</h1>${paragraphs(MIXED_SENTENCES, bytes)}</main>`);
}

const SPANISH_MIXED_SENTENCES = SPANISH_HEALTH_SENTENCES.flatMap((sentence, i) => [
  sentence,
  ...Array.from({ length: 5 }, (_, j) => SPANISH_PLAIN_SENTENCES[(i + j) % SPANISH_PLAIN_SENTENCES.length] as string),
]);

/** The health page in Spanish: read with the Spanish index, which the background sends on first need. */
export function spanishHealthPage(bytes = TWO_MB): string {
  return page(
    'Texto de salud',
    `<main><h1>Contracciones musculares</h1>${paragraphs(SPANISH_MIXED_SENTENCES, bytes)}</main>`,
    '',
    'es',
  );
}

export function plainPage(bytes = TWO_MB): string {
  return page('Plain text', `<main><h1>Release notes and gardening</h1>${paragraphs(PLAIN_SENTENCES, bytes)}</main>`);
}

export function tinyPage(): string {
  return page('Tiny', '<p>Hello. Muscle twitching is also called fasciculation.</p>');
}

/** Appends `perBatch` health paragraphs every `everyMs` for `forMs`; `window.__appended` counts batches. */
export function appendingPage(perBatch = 50, everyMs = 200, forMs = 5000): string {
  const batch = JSON.stringify(paragraphs(HEALTH_SENTENCES, 1, 1).replace(/\n/g, ''));
  const script = `<script>
    window.__appended = 0;
    document.addEventListener('DOMContentLoaded', () => {
      const feed = document.getElementById('feed');
      const started = performance.now();
      const timer = setInterval(() => {
        const html = ${batch}.repeat(${perBatch});
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        feed.append(...parsed.body.childNodes);
        window.__appended++;
        if (performance.now() - started >= ${forMs}) clearInterval(timer);
      }, ${everyMs});
    });
  </script>`;
  return page('Appending', `<main id="feed">${paragraphs(HEALTH_SENTENCES, 20_000)}</main>`, script);
}

/** Every form the naive baseline would pass to mark.js `mark(array)`. */
export function allForms(
  entries: readonly { term: string; otherNames: string[]; variants: string[]; abbreviations: { text: string }[] }[],
): string[] {
  return entries.flatMap((entry) => [
    entry.term,
    ...entry.otherNames,
    ...entry.variants,
    ...entry.abbreviations.map(({ text }) => text),
  ]);
}
