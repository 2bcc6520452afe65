import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import { checklist, entries } from '../../knowledge';
import { cardMessages } from '../../lib/core/catalogues';
import { createTranslator } from '../../lib/core/translate';

const english = createTranslator('en', cardMessages('en'));

afterEach(cleanup);

const entry = (id: string) => {
  const found = entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const item = (id: string) => checklist.items.filter((candidate) => candidate.id === id);

function renderCard(props: Partial<HoverCardProps> & Pick<HoverCardProps, 'entry'>) {
  return render(
    <HoverCard
      abbreviation={undefined}
      titleId="t"
      emergencySigns={[]}
      emergencyNumber="112"
      onOpenChecklist={() => {}}
      onClose={() => {}}
      messages={english}
      {...props}
    />,
  );
}

describe('HoverCard', () => {
  it('is a dialog labelled by the term, with names, definition, advice, sources and review date', () => {
    const fasciculation = entry('fasciculation');
    renderCard({ entry: fasciculation });
    const dialog = screen.getByRole('dialog', { name: 'Fasciculation' });
    expect(dialog.textContent).toContain(`Also called ${fasciculation.otherNames.join(', ')}`);
    expect(dialog.textContent).toContain(fasciculation.definition);
    expect(dialog.textContent).toContain(`Usually harmless when ${fasciculation.harmlessWhen}`);
    expect(dialog.textContent).toContain(`See a doctor if ${fasciculation.seeDoctorIf}`);
    expect(dialog.textContent).toContain(`Reviewed ${english.date(fasciculation.reviewed)}`);
    expect(dialog.textContent).toContain('Not medical advice');
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(fasciculation.sources.map((source) => source.url));
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('reads in order: term, other names, definition, advice, checklist, sources, disclaimer', () => {
    renderCard({ entry: entry('botulinum-toxin'), emergencySigns: item('breathing-swallowing') });
    const order = [...screen.getByRole('dialog').children].map((child) => child.className);
    expect(order).toEqual([
      'header',
      'other-names',
      'definition',
      'note doctor',
      'note emergency',
      'checklist-link',
      'sources',
      'disclaimer',
    ]);
  });

  it('shows an abbreviation with its expansion', () => {
    renderCard({ entry: entry('amyotrophic-lateral-sclerosis'), abbreviation: 'ALS' });
    expect(screen.getByRole('dialog', { name: 'ALS: amyotrophic lateral sclerosis' })).toBeTruthy();
  });

  it('lists linked emergency signs with the local number', () => {
    renderCard({
      entry: entry('botulinum-toxin'),
      emergencySigns: item('breathing-swallowing'),
      emergencyNumber: '999',
    });
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Call 999 now for');
    expect(dialog.textContent).toContain(item('breathing-swallowing')[0]?.text);
  });

  it('opens the red-flag checklist', () => {
    const onOpenChecklist = vi.fn();
    renderCard({ entry: entry('dysphagia'), onOpenChecklist });
    fireEvent.click(screen.getByRole('button', { name: 'Open the red-flag checklist' }));
    expect(onOpenChecklist).toHaveBeenCalledOnce();
  });

  it('closes from its button and from Escape', () => {
    const onClose = vi.fn();
    renderCard({ entry: entry('dysphagia'), onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
