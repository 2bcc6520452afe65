/**
 * `npm run bench`: the built extension in Chromium on generated pages served
 * from 127.0.0.1, against the physical floor and a naive baseline, all
 * measured in this one run. Prints a table and writes bench-output/bench.json.
 *
 * - floor: a bare TreeWalker pass with the extension's own combined RegExp over
 *   the page's text, no DOM writes (page without the extension);
 * - naive: mark.js `mark(arrayOfAllForms)`, one full pass per form: timed for a
 *   few forms and multiplied out (running it whole takes minutes);
 * - extension: DOMContentLoaded to the last highlight painted (elements and
 *   CSS.highlights ranges alike), to the first highlight in the viewport, the
 *   longest task after DOMContentLoaded, the extra main-thread time (CDP
 *   TaskDuration) against the same page without it, the DOM nodes it adds,
 *   and the cost of finding the term under a moving pointer.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { MESSAGE } from '../lib/core/constants.ts';
import type { PageState, WorkLog } from '../lib/platform/messages.ts';
import { allForms, appendingPage, healthPage, plainPage, spanishHealthPage, tinyPage } from './lib/bench-pages.ts';
import { HOSTILE_PAGES } from './lib/hostile-pages.ts';
import { EXTENSION_PATH, type ExtensionBrowser, launchBrowser } from './lib/launch-extension.ts';
import { withSourceModules } from './lib/source-modules.ts';
import { startStaticServer } from './lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench-output');
const RUNS = 5;
/** The floor is a best case: the fastest of this many passes. */
const FLOOR_RUNS = 5;
const NAIVE_SAMPLE = 4;
/** Pointer moves swept over the highlighted page to time the look-up of the term under the pointer. */
const HOVER_MOVES = 400;

// The extension's own matchers, loaded from source so the floors use the very same patterns.
const { pattern, spanishPattern, entries } = await withSourceModules(ROOT, async (load) => {
  const { buildTermIndex } = await load('/lib/core/matcher/term-index.ts');
  const knowledge = await load('/knowledge/index.ts');
  const spanish = knowledge.KNOWLEDGE.es;
  return {
    pattern: buildTermIndex(knowledge.entries, knowledge.contextWords).pattern as RegExp,
    spanishPattern: buildTermIndex(
      spanish.entries.filter((entry: { id: string }) => spanish.own.has(entry.id)),
      spanish.contextWords,
      { foldAccents: true },
    ).pattern as RegExp,
    entries: knowledge.entries,
  };
});
const forms = allForms(entries);

const server = await startStaticServer({});
const pages = {
  health: healthPage(),
  plain: plainPage(),
  tiny: tinyPage(),
  appending: appendingPage(),
  spanish: spanishHealthPage(),
};
for (const [name, html] of Object.entries(pages)) server.route(`/${name}.html`, html);
const url = (name: keyof typeof pages) => `${server.origin}/${name}.html`;

/** Durations of the entries that started after DOMContentLoaded (0 if none). */
const afterDcl = (bench: { dcl: number }, entries: { start: number; duration: number }[]) => [
  0,
  ...entries.filter((entry) => entry.start >= bench.dcl).map((entry) => entry.duration),
];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

interface Load {
  taskMs: number;
  bench: {
    dcl: number;
    firstInViewport: number;
    last: number;
    count: number;
    longTasks: { start: number; duration: number }[];
    longFrames: { start: number; duration: number }[];
  };
}

/** Loads `name` in a fresh tab, waits until highlighting has settled, and reads the page's records and CDP metrics. */
async function load(
  browser: ExtensionBrowser,
  name: keyof typeof pages,
  settleMs = 600,
): Promise<Load & { page: Page }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url(name), { waitUntil: 'load' });
  // Settled: no new highlight and no new task for `settleMs`.
  let previous = -1;
  for (;;) {
    await page.waitForTimeout(settleMs);
    const count = await page.evaluate(() => {
      const { __bench, __painted } = window as unknown as { __bench: { count: number }; __painted: () => number };
      return __bench.count + __painted();
    });
    if (count === previous) break;
    previous = count;
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  const bench = await page.evaluate(() => {
    const { __bench: recorded, __firstInViewport } = window as unknown as {
      __bench: Omit<Load['bench'], 'firstInViewport'>;
      __firstInViewport: () => number;
    };
    const { dcl, last, count, longTasks, longFrames } = recorded;
    const painted = (window as unknown as { __painted: () => number }).__painted();
    return { dcl, last, count: count + painted, longTasks, longFrames, firstInViewport: __firstInViewport() };
  });
  return { page, taskMs, bench };
}

/** The bare scan: every text node through the pattern (accent-folded first for an accent-insensitive index, as the matcher does). */
async function floorOf(browser: ExtensionBrowser, name: keyof typeof pages, floorPattern = pattern, fold = false) {
  const runs: { ms: number; matches: number }[] = [];
  for (let i = 0; i < FLOOR_RUNS; i++) {
    const { page } = await load(browser, name, 100);
    runs.push(
      await page.evaluate(
        ({ source, flags, fold }) => {
          const re = new RegExp(source, flags);
          const plain: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u' };
          const unaccented = (text: string) =>
            text.replace(/[áéíóúüÁÉÍÓÚÜ]/g, (char) => {
              const lower = plain[char.toLowerCase()] ?? char;
              return char === char.toLowerCase() ? lower : lower.toUpperCase();
            });
          const started = performance.now();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let matches = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = fold ? unaccented((node as Text).data) : (node as Text).data;
            re.lastIndex = 0;
            while (re.exec(text)) matches++;
          }
          return { ms: performance.now() - started, matches };
        },
        { source: floorPattern.source, flags: floorPattern.flags, fold },
      ),
    );
    await page.close();
  }
  return { ms: Math.min(...runs.map((run) => run.ms)), matches: runs[0]?.matches ?? 0 };
}

async function naiveOf(browser: ExtensionBrowser) {
  const markSource = await readFile(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const { page } = await load(browser, 'health', 100);
  await page.evaluate(markSource);
  const sample = forms.slice(0, NAIVE_SAMPLE);
  const ms = await page.evaluate((terms) => {
    const { Mark } = window as unknown as {
      Mark: new (context: Element) => { mark(term: string, options: object): void };
    };
    const started = performance.now();
    for (const term of terms) {
      new Mark(document.body).mark(term, { separateWordSearch: false, diacritics: false, accuracy: 'exactly' });
    }
    return performance.now() - started;
  }, sample);
  await page.close();
  return { perFormMs: ms / sample.length, estimatedMs: (ms / sample.length) * forms.length };
}

/** Asks the top frame's content script in `tabId` a question of one message type (through the service worker). */
function askTab<T>(browser: ExtensionBrowser, tabId: number, type: string): Promise<T | undefined> {
  return browser.serviceWorker.evaluate(
    ([id, messageType]) => chrome.tabs.sendMessage(id, { type: messageType }, { frameId: 0 }) as Promise<T | undefined>,
    [tabId, type] as const,
  );
}

/** What highlighting cost on the page in `tabId`, as its content script logged it (a request of its own, not the page state). */
function workLogIn(browser: ExtensionBrowser, tabId: number): Promise<WorkLog | undefined> {
  return askTab<WorkLog>(browser, tabId, MESSAGE.workLog);
}

async function workOf(browser: ExtensionBrowser, page: Page): Promise<WorkLog | undefined> {
  return workLogIn(browser, await browser.tabIdOf(page));
}

const plainBrowser = await launchBrowser({ withExtension: false });
const extensionBrowser = await launchBrowser();
const results: Record<string, unknown> = {};

try {
  // Floors and naive baseline, without the extension.
  const floorHealth = await floorOf(plainBrowser, 'health');
  const floorPlain = await floorOf(plainBrowser, 'plain');
  const floorSpanish = await floorOf(plainBrowser, 'spanish', spanishPattern, true);
  const naive = await naiveOf(plainBrowser);

  const baselineTask: Record<string, number> = {};
  let baselineLongestFrame = 0;
  for (const name of ['health', 'plain', 'tiny'] as const) {
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, taskMs, bench } = await load(plainBrowser, name, 300);
      loads.push(taskMs);
      if (name === 'health')
        baselineLongestFrame = Math.max(baselineLongestFrame, ...afterDcl(bench, bench.longFrames));
      await page.close();
    }
    baselineTask[name] = Math.min(...loads);
  }

  // With the extension.
  const withExtension: Record<string, { load: Load; work: WorkLog | undefined }[]> = {};
  for (const name of ['health', 'plain', 'tiny', 'spanish'] as const) {
    withExtension[name] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page, ...load_ } = await load(extensionBrowser, name);
      withExtension[name].push({ load: load_, work: await workOf(extensionBrowser, page) });
      await page.close();
    }
  }

  const health = withExtension.health ?? [];
  // Painted ranges appear with the slice that made them: the end of the last slice that read text.
  const lastPainted = (work: WorkLog | undefined) =>
    Math.max(0, ...(work?.passes ?? []).filter((pass) => pass.chars > 0).map((pass) => pass.at + pass.ms));
  const toLast = median(health.map(({ load: l, work }) => Math.max(l.bench.last, lastPainted(work)) - l.bench.dcl));
  const toFirstViewport = median(health.map(({ load: l }) => l.bench.firstInViewport - l.bench.dcl));
  const longestTask = Math.max(...health.flatMap(({ load: l }) => afterDcl(l.bench, l.bench.longTasks)));
  const longestFrame = Math.max(...health.flatMap(({ load: l }) => afterDcl(l.bench, l.bench.longFrames)));
  const healthWork = health.map(({ work }) => work).filter((work): work is WorkLog => work !== undefined);
  const longestSlice = Math.max(0, ...healthWork.map((work) => work.longestSliceMs));
  const painted = healthWork[0]?.painted ?? 0;
  const workMs = median(healthWork.map((work) => work.passes.reduce((sum, pass) => sum + pass.ms, 0)));
  const plainWork = (withExtension.plain ?? [])
    .map(({ work }) => work)
    .filter((work): work is WorkLog => work !== undefined);
  const plainWorkMs = median(plainWork.map((work) => work.passes.reduce((sum, pass) => sum + pass.ms, 0)));
  const highlights = health[0]?.load.bench.count ?? 0;
  // The Spanish page: the same measures, the Spanish index fetched from the background on the first Spanish block.
  const spanish = withExtension.spanish ?? [];
  const spanishWork = spanish.map(({ work }) => work).filter((work): work is WorkLog => work !== undefined);
  const spanishToLast = median(
    spanish.map(({ load: l, work }) => Math.max(l.bench.last, lastPainted(work)) - l.bench.dcl),
  );
  const spanishWorkMs = median(spanishWork.map((work) => work.passes.reduce((sum, pass) => sum + pass.ms, 0)));
  // Least-disturbed run on each side: a 2-core machine adds hundreds of ms of noise to single loads.
  const minTask = (loads: { load: Load }[] | undefined) => Math.min(...(loads ?? []).map(({ load: l }) => l.taskMs));
  const extraPlain = minTask(withExtension.plain) - (baselineTask.plain ?? 0);
  const extraHealth = minTask(health) - (baselineTask.health ?? 0);
  const extraTiny = minTask(withExtension.tiny) - (baselineTask.tiny ?? 0);
  const tinyWork =
    withExtension.tiny?.map(({ work }) => work).filter((work): work is WorkLog => work !== undefined) ?? [];

  // Appending page: cost of each batch against the text it added.
  const { page: appendingTab } = await load(extensionBrowser, 'appending', 800);
  await appendingTab.waitForFunction(() => (window as unknown as { __appended: number }).__appended >= 25, undefined, {
    timeout: 15_000,
  });
  await appendingTab.waitForTimeout(800);
  const appendWork = await workOf(extensionBrowser, appendingTab);
  await appendingTab.close();
  const batches = (appendWork?.passes ?? []).slice(1).filter((pass) => pass.chars > 0);
  const msPer100k = (pass: { chars: number; ms: number }) => (pass.ms / pass.chars) * 100_000;
  const firstBatches = batches.slice(0, 5);
  const lastBatches = batches.slice(-5);

  // Memory: DOM nodes and event listeners with highlights, and after the site is turned off.
  const domCounters = async (browser: ExtensionBrowser, page: Page) => {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    await cdp.detach();
    return { nodes: counters.nodes, listeners: counters.jsEventListeners };
  };
  const { page: bare } = await load(plainBrowser, 'health', 300);
  const withoutExtension = await domCounters(plainBrowser, bare);
  await bare.close();
  const { page: highlighted } = await load(extensionBrowser, 'health');
  // The page's own records hold on to the first highlights; let them go before counting.
  await highlighted.evaluate(() => {
    (window as unknown as { __bench: { early: unknown[] } }).__bench.early = [];
  });
  const whileHighlighted = await domCounters(extensionBrowser, highlighted);
  const highlightedTab = await extensionBrowser.tabIdOf(highlighted);
  const distinctTerms =
    (await askTab<PageState>(extensionBrowser, highlightedTab, MESSAGE.pageState))?.termIds.length ?? 0;

  // Hover: the pointer swept over the highlighted page; the content script times each look-up (one per frame).
  await highlighted.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  for (let i = 0; i < HOVER_MOVES; i++) {
    const row = Math.floor(i / 40);
    await highlighted.mouse.move(20 + ((i % 40) / 40) * 1200, 40 + ((row * 37) % 700));
  }
  await highlighted.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  const hover = (await workLogIn(extensionBrowser, highlightedTab))?.pointerLookups ?? {
    count: 0,
    totalMs: 0,
    longestMs: 0,
    overOneMs: 0,
  };
  await extensionBrowser.serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ settings: { enabled: true, siteMode: 'all-except', sites: ['127.0.0.1'] } }),
  );
  await highlighted.waitForFunction(
    () => document.querySelectorAll('mtg-term').length === 0 && !CSS.highlights.has('health-term'),
    undefined,
    { timeout: 30_000 },
  );
  const afterTurningOff = await domCounters(extensionBrowser, highlighted);
  await extensionBrowser.serviceWorker.evaluate(() => chrome.storage.sync.remove('settings'));
  await highlighted.close();

  // Hostile and huge pages: the longest slice of our work on each (the end-to-end tests check they finish).
  const hostile: Record<string, number> = {};
  for (const [name, html] of Object.entries(HOSTILE_PAGES)) {
    server.route(`/hostile-${name}.html`, html);
    const page = await extensionBrowser.context.newPage();
    // Asked before the page loads: asking brings the tab to the front, which makes a huge page render again.
    const tabId = await extensionBrowser.tabIdOf(page);
    await page.goto(`${server.origin}/hostile-${name}.html`, { timeout: 60_000 });
    const deadline = Date.now() + 60_000;
    let work: WorkLog | undefined;
    while (Date.now() < deadline) {
      work = await workLogIn(extensionBrowser, tabId).catch(() => undefined);
      // Settled: highlighting ran (a first slice) and has nothing left.
      if (work && !work.busy && work.passes.length > 0) break;
      await new Promise((next) => setTimeout(next, 250));
    }
    hostile[name] = round(work?.longestSliceMs ?? Number.NaN);
    await page.close();
  }

  const bundle = (await stat(resolve(EXTENSION_PATH, 'content-scripts/highlighter.js'))).size;
  const bundleCss = await stat(resolve(EXTENSION_PATH, 'content-scripts/highlighter.css')).then(
    (file) => file.size,
    () => 0,
  );

  Object.assign(results, {
    date: new Date().toISOString(),
    forms: forms.length,
    health: {
      htmlBytes: pages.health.length,
      floorMs: round(floorHealth.ms),
      floorMatches: floorHealth.matches,
      highlights,
      painted,
      distinctTerms,
      domNodesAdded: whileHighlighted.nodes - withoutExtension.nodes,
      domNodesPerDistinctTerm: round((whileHighlighted.nodes - withoutExtension.nodes) / Math.max(1, distinctTerms), 2),
      hoverLookups: hover.count,
      hoverMeanMsPerFrame: round(hover.totalMs / Math.max(1, hover.count), 3),
      hoverLongestMs: round(hover.longestMs, 2),
      hoverFramesOverOneMs: hover.overOneMs,
      naiveMarkArrayEstimatedMs: Math.round(naive.estimatedMs),
      naivePerFormMs: round(naive.perFormMs),
      dclToLastHighlightMs: round(toLast),
      dclToFirstViewportHighlightMs: round(toFirstViewport),
      longestTaskAfterDclMs: round(longestTask),
      longestSliceMs: round(longestSlice),
      longestAnimationFrameAfterDclMs: round(longestFrame),
      longestAnimationFrameWithoutExtensionMs: round(baselineLongestFrame),
      extensionScriptMs: round(workMs),
      ratioScriptToFloor: round(workMs / floorHealth.ms, 2),
      extraMainThreadMs: round(extraHealth),
      ratioLastToFloor: round(toLast / floorHealth.ms, 2),
      ratioNaiveToExtension: round(naive.estimatedMs / toLast, 0),
    },
    spanish: {
      htmlBytes: pages.spanish.length,
      floorMs: round(floorSpanish.ms),
      floorMatches: floorSpanish.matches,
      highlights: spanish[0]?.load.bench.count ?? 0,
      dclToLastHighlightMs: round(spanishToLast),
      ratioLastToFloor: round(spanishToLast / floorSpanish.ms, 2),
      extensionScriptMs: round(spanishWorkMs),
      ratioScriptToFloor: round(spanishWorkMs / floorSpanish.ms, 2),
      longestSliceMs: round(Math.max(0, ...spanishWork.map((work) => work.longestSliceMs))),
    },
    plain: {
      floorMs: round(floorPlain.ms),
      extraMainThreadMs: round(extraPlain),
      ratioExtraToFloor: round(extraPlain / floorPlain.ms, 2),
      extensionScriptMs: round(plainWorkMs),
      ratioScriptToFloor: round(plainWorkMs / floorPlain.ms, 2),
    },
    tiny: {
      startupMs: round(median(tinyWork.map((work) => work.startupMs)), 2),
      indexMs: round(median(tinyWork.map((work) => work.indexMs)), 2),
      firstPassMs: round(median(tinyWork.map((work) => work.passes[0]?.ms ?? Number.NaN)), 2),
      extraMainThreadMs: round(extraTiny),
    },
    appending: {
      batches: batches.length,
      firstBatchesMsPer100kChars: firstBatches.map((pass) => round(msPer100k(pass), 2)),
      lastBatchesMsPer100kChars: lastBatches.map((pass) => round(msPer100k(pass), 2)),
      ratioLastToFirst: round(median(lastBatches.map(msPer100k)) / median(firstBatches.map(msPer100k)), 2),
    },
    bundle: { jsBytes: bundle, cssBytes: bundleCss, totalKB: round((bundle + bundleCss) / 1024) },
    memory: { withoutExtension, whileHighlighted, afterTurningOff },
    hostileLongestSliceMs: hostile,
  });

  const r = results as {
    health: Record<string, number>;
    spanish: Record<string, number>;
    plain: Record<string, number>;
    tiny: Record<string, number>;
    appending: Record<string, number | number[]>;
    bundle: Record<string, number>;
    memory: Record<string, { nodes: number; listeners: number }>;
    hostileLongestSliceMs: Record<string, number>;
  };
  const rows: [string, string, string, string][] = [
    ['2 MB health page', 'floor (TreeWalker + RegExp)', `${r.health.floorMs} ms`, `${r.health.floorMatches} matches`],
    [
      '',
      'naive mark(array of all forms)',
      `~${r.health.naiveMarkArrayEstimatedMs} ms`,
      `${forms.length} passes, ${r.health.naivePerFormMs} ms each`,
    ],
    [
      '',
      'DOMContentLoaded -> all highlights painted',
      `${r.health.dclToLastHighlightMs} ms`,
      `${r.health.ratioLastToFloor}x floor (target <= 5x)`,
    ],
    ['', 'DOMContentLoaded -> first in viewport', `${r.health.dclToFirstViewportHighlightMs} ms`, 'target <= 50 ms'],
    [
      '',
      'longest task after DOMContentLoaded',
      `${r.health.longestTaskAfterDclMs} ms`,
      `our longest slice ${r.health.longestSliceMs} ms (target <= 50 ms)`,
    ],
    [
      '',
      'longest animation frame (with layout)',
      `${r.health.longestAnimationFrameAfterDclMs} ms`,
      `${r.health.longestAnimationFrameWithoutExtensionMs} ms without the extension`,
    ],
    [
      '',
      'extension script (all slices)',
      `${r.health.extensionScriptMs} ms`,
      `${r.health.ratioScriptToFloor}x floor (target <= 3x)`,
    ],
    [
      '',
      'extra main-thread time',
      `${r.health.extraMainThreadMs} ms`,
      `${r.health.highlights} highlights, ${r.health.painted} of them painted (includes the layout elements cause)`,
    ],
    [
      '',
      'DOM nodes added',
      `${r.health.domNodesAdded}`,
      `${r.health.domNodesPerDistinctTerm} per distinct term, ${r.health.distinctTerms} terms (target <= 3)`,
    ],
    [
      '',
      'hover: look-up per animation frame',
      `${r.health.hoverMeanMsPerFrame} ms mean`,
      `${r.health.hoverFramesOverOneMs} of ${r.health.hoverLookups} frames over 1 ms, longest ${r.health.hoverLongestMs} ms (target < 1 ms)`,
    ],
    ['2 MB page, no terms', 'floor', `${r.plain.floorMs} ms`, ''],
    ['', 'extension script (all slices)', `${r.plain.extensionScriptMs} ms`, `${r.plain.ratioScriptToFloor}x floor`],
    [
      '',
      'extra main-thread time',
      `${r.plain.extraMainThreadMs} ms`,
      `${r.plain.ratioExtraToFloor}x floor (target <= 2x)`,
    ],
    [
      '2 MB Spanish health page',
      'floor (TreeWalker + Spanish RegExp)',
      `${r.spanish.floorMs} ms`,
      `${r.spanish.floorMatches} matches`,
    ],
    [
      '',
      'DOMContentLoaded -> all highlights painted',
      `${r.spanish.dclToLastHighlightMs} ms`,
      `${r.spanish.ratioLastToFloor}x floor; ${r.spanish.highlights} highlights`,
    ],
    [
      '',
      'extension script (all slices)',
      `${r.spanish.extensionScriptMs} ms`,
      `${r.spanish.ratioScriptToFloor}x floor; longest slice ${r.spanish.longestSliceMs} ms`,
    ],
    [
      'tiny page',
      'content script start-up',
      `${r.tiny.startupMs} ms`,
      `index ${r.tiny.indexMs} ms (target start-up < 5 ms)`,
    ],
    ['', 'first pass / extra main-thread time', `${r.tiny.firstPassMs} ms`, `${r.tiny.extraMainThreadMs} ms`],
    ['appending page', 'ms per 100k chars, first 5 batches', String(r.appending.firstBatchesMsPer100kChars), ''],
    [
      '',
      'ms per 100k chars, last 5 batches',
      String(r.appending.lastBatchesMsPer100kChars),
      `ratio ${r.appending.ratioLastToFirst} (target ~1)`,
    ],
    [
      'hostile pages',
      'our longest slice on each',
      Object.entries(r.hostileLongestSliceMs)
        .map(([name, ms]) => `${name} ${ms} ms`)
        .join(', '),
      'target <= 50 ms',
    ],
    ['bundle', 'content script JS + CSS', `${r.bundle.totalKB} KB`, 'target <= 150 KB'],
    [
      'memory (health page)',
      'DOM nodes / JS listeners',
      `${r.memory.whileHighlighted?.nodes} / ${r.memory.whileHighlighted?.listeners} highlighted`,
      `${r.memory.afterTurningOff?.nodes} / ${r.memory.afterTurningOff?.listeners} after turning off; ${r.memory.withoutExtension?.nodes} / ${r.memory.withoutExtension?.listeners} without the extension`,
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
  await mkdir(OUT, { recursive: true });
  await writeFile(resolve(OUT, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${resolve(OUT, 'bench.json')}`);
} finally {
  await plainBrowser.close();
  await extensionBrowser.close();
  await server.close();
}
