/**
 * Hostile and huge pages: what the extension must finish on (or give up on
 * what it cannot read) without stalling the page. Shared by the end-to-end
 * tests (they finish, highlight what they should, the page keeps running) and
 * `npm run bench` (how long the longest slice of work took on each).
 */

/**
 * The page's own timer counts its ticks: the tests check the count goes on
 * rising after highlighting (the page keeps running).
 */
const RESPONSIVENESS = `<script>
  window.__ticks = 0;
  setInterval(() => { window.__ticks++; }, 20);
</script>`;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>${RESPONSIVENESS}${head}</head><body>${body}<p id="marker">Marker: dysphagia.</p></body></html>`;

export const HOSTILE_PAGES: Record<string, string> = {
  // One text node of 10 MB (the highlighter gives up on it, and reads the rest).
  'huge-text-node': page(`<p id="huge">${'fasciculation and a few more words here '.repeat(260_000)}</p>`),
  // 100,000 elements with little text.
  'many-elements': page(`<div>${'<span>w </span>'.repeat(100_000)}</div>`),
  // Nesting 5,000 elements deep, with a term at the bottom.
  'deep-nesting': page(`${'<div><span>'.repeat(2_500)}deep myoclonus${'</span></div>'.repeat(2_500)}`),
  // The page rewrites its own DOM about 1,000 times a second.
  'mutation-storm': page(
    '<p id="ticker">0</p><ul id="feed"></ul>',
    `<script>
      addEventListener('DOMContentLoaded', () => {
        const ticker = document.getElementById('ticker');
        const feed = document.getElementById('feed');
        let n = 0;
        setInterval(() => {
          for (let i = 0; i < 10; i++) ticker.textContent = String(++n);
          const item = document.createElement('li');
          item.textContent = n % 50 === 0 ? 'new post about fasciculation' : 'new post ' + n;
          feed.append(item);
          if (feed.children.length > 200) feed.firstElementChild.remove();
        }, 10);
      });
    </script>`,
  ),
  // The page breaks the DOM methods and MutationObserver in its own world.
  'broken-prototypes': page(
    '<p id="broken">Broken page with fasciculation.</p>',
    `<script>
      const fail = () => { throw new Error('page broke this on purpose'); };
      for (const name of ['appendChild', 'insertBefore', 'replaceChild', 'removeChild']) Node.prototype[name] = fail;
      Text.prototype.splitText = fail;
      Element.prototype.setAttribute = fail;
      Document.prototype.createElement = fail;
      Document.prototype.createTreeWalker = fail;
      window.MutationObserver = undefined;
      window.requestAnimationFrame = fail;
    </script>`,
  ),
};
