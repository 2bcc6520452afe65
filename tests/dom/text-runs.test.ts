import { describe, expect, it } from 'vitest';
import { isSkippedElement, SKIPPED_SELECTOR, textRuns, WAITING } from '../../lib/dom/text-runs';
import { loadBody } from './fixture';

const texts = (root: Element) => [...textRuns(root)].map((run) => (run === WAITING ? run : run.text));

describe('textRuns', () => {
  it('joins text across inline markup and breaks at blocks, line breaks and skipped regions', () => {
    loadBody(
      '<p>Isaacs <em>syndrome</em> here<br>next line</p><ul><li>fatigue</li><li>multiple sclerosis</li></ul>' +
        '<div>before <code>x</code> after<p>inner</p>tail</div>',
    );
    expect(texts(document.body)).toEqual([
      'Isaacs syndrome here',
      'next line',
      'fatigue',
      'multiple sclerosis',
      'before ',
      ' after',
      'inner',
      'tail',
    ]);
  });

  it('follows a page that is still being parsed, reading what is added once and only once', () => {
    loadBody('<p>dysphagia</p>');
    let loading = true;
    const runs = textRuns(document.body, undefined, () => loading);
    const next = () => {
      const { value, done } = runs.next();
      return done ? 'done' : value === WAITING ? WAITING : value.text;
    };
    // The last run is held back while the parser may still add to it.
    expect(next()).toBe(WAITING);
    const more = document.createElement('p');
    more.textContent = 'dysarthria';
    document.body.append(more);
    expect(next()).toBe('dysphagia');
    expect(next()).toBe(WAITING);
    loading = false;
    expect(next()).toBe('dysarthria');
    expect(next()).toBe('done');
  });
});

describe('textRuns following the parser past a skipped element', () => {
  it('never reads into a skipped element that was last when it waited', () => {
    loadBody('<p>dysphagia</p><pre id="code"></pre>');
    let loading = true;
    const runs = textRuns(document.body, undefined, () => loading);
    const read: string[] = [];
    const step = () => {
      const { value, done } = runs.next();
      if (!done && value !== WAITING) read.push(value.text);
      return done ? 'done' : value === WAITING ? WAITING : 'run';
    };
    while (step() === 'run');
    (document.getElementById('code') as HTMLElement).append('fasciculation in code');
    const after = document.createElement('p');
    after.textContent = 'dysarthria';
    document.body.append(after);
    loading = false;
    while (step() !== 'done');
    expect(read).toEqual(['dysphagia', 'dysarthria']);
  });
});

describe('isSkippedElement', () => {
  it('agrees with the SKIPPED_SELECTOR that mark.js-style matching would use', () => {
    loadBody(
      [
        '<p>text</p>',
        '<script>x</script><style>p{}</style><noscript>n</noscript><template>t</template>',
        '<textarea>t</textarea><input><select><option>o</option></select><button>b</button>',
        '<pre>p</pre><code>c</code><kbd>k</kbd><samp>s</samp><svg><text>t</text></svg><math><mi>x</mi></math>',
        '<iframe></iframe><canvas></canvas>',
        '<div contenteditable="true">e</div><div contenteditable="false">n</div><div contenteditable>e</div>',
        '<div role="textbox">t</div><div role="main">m</div><section data-health-terms="off">o</section>',
        '<span>s</span><em>e</em><a href="#">a</a>',
      ].join(''),
    );
    const elements = [...document.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(25);
    for (const element of elements) {
      expect(isSkippedElement(element), element.outerHTML).toBe(element.matches(SKIPPED_SELECTOR));
    }
  });
});
