/**
 * The popup and the options page in a Spanish browser: every word Spanish
 * (no message of the English catalogue left, bar the few both languages
 * share), the checklist and the term list from the Spanish knowledge, the
 * country named in Spanish.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagesContext } from '../../components/i18n';
import { KNOWLEDGE } from '../../knowledge';
import { translatorFor } from '../../lib/core/catalogues';
import { Options } from '../../lib/ui/Options';
import { Popup } from '../../lib/ui/Popup';
import { englishLeftovers } from '../helpers/english-leftovers';
import { fakeExtensionPageBrowser } from './fake-extension-page';

const spanish = translatorFor('es');
const IN_MADRID = { timeZone: 'Europe/Madrid', languages: ['es-ES', 'es'] };
beforeEach(() =>
  fakeExtensionPageBrowser({
    site: { host: 'ejemplo.es', port: '' },
    active: true,
    termIds: ['fasciculation', 'electromyography'],
    busy: false,
  }),
);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Every piece of text a person could see or hear: text, and the names and hints of controls. */
function everythingShown(root: Element): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) shown.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) shown.push(element.getAttribute(name) ?? '');
  }
  return shown.filter((text) => text.trim() !== '');
}

function expectNoEnglish(root: Element) {
  expect(englishLeftovers(everythingShown(root).join('\n'))).toEqual([]);
}

describe('in a Spanish browser', () => {
  it('the popup is entirely Spanish: switches, checklist, country, terms and footer', async () => {
    const { checklist, entries } = KNOWLEDGE.es;
    const { container } = render(
      <MessagesContext.Provider value={spanish}>
        <Popup
          tabId={7}
          checklist={checklist}
          entries={new Map(entries.map((entry) => [entry.id, entry]))}
          place={IN_MADRID}
          showTerm={() => undefined}
          openOptions={() => undefined}
          requestAccess={() => Promise.resolve(false)}
        />
      </MessagesContext.Provider>,
    );
    await screen.findByRole('switch', { name: 'Resaltar términos en ejemplo.es' });
    expect(screen.getByRole('heading', { name: 'Lista de señales de alarma' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Términos en esta página (2)' })).toBeTruthy();
    expect(container.textContent).toContain('Número de emergencias en España:');
    expect(container.textContent).toContain('Llame al 112 ahora si nota');
    for (const item of checklist.items) expect(screen.getByRole('checkbox', { name: item.text })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fasciculación' })).toBeTruthy();
    expectNoEnglish(container);
  });

  it('the options page is entirely Spanish, with the card-language choice', async () => {
    const { container } = render(
      <MessagesContext.Provider value={spanish}>
        <Options synced place={IN_MADRID} requestAccess={() => Promise.resolve(false)} />
      </MessagesContext.Provider>,
    );
    await screen.findByRole('heading', { name: 'Configuración de Glosario de contracciones musculares' });
    expect(screen.getByRole('radio', { name: 'El idioma del término' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Siempre el idioma de mi navegador' })).toBeTruthy();
    expectNoEnglish(container);
  });

  it('would notice an English string left in (positive control)', () => {
    const { container } = render(<p title="Show on the page">Red-flag checklist</p>);
    expect(() => expectNoEnglish(container)).toThrow();
  });
});
