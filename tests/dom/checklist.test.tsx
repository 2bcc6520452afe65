import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { checklist } from '../../knowledge';

afterEach(cleanup);

const emergencyItem = checklist.items.find((item) => item.tier === 'emergency');
const soonItem = checklist.items.find((item) => item.tier === 'soon');
const harmlessItem = checklist.items.find((item) => item.tier === 'harmless');

describe('Checklist', () => {
  it('groups every item under its tier, most urgent first', () => {
    render(<Checklist items={checklist.items} emergencyNumber="999" />);
    const legends = screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent);
    expect(legends).toEqual([
      'Call emergency services now if you have',
      'See a doctor soon if you have',
      'Usually harmless',
    ]);
    expect(screen.getAllByRole('checkbox')).toHaveLength(checklist.items.length);
  });

  it('says nothing until something is ticked', () => {
    render(<Checklist items={checklist.items} emergencyNumber="999" />);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('shows the local emergency number at once for an emergency sign, whatever else is ticked', () => {
    render(<Checklist items={checklist.items} emergencyNumber="999" />);
    fireEvent.click(screen.getByRole('checkbox', { name: harmlessItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('Usually harmless');
    fireEvent.click(screen.getByRole('checkbox', { name: soonItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('See a doctor soon');
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('Call 999 now');
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    expect(screen.getByRole('alert').textContent).not.toContain('Call 999 now');
  });

  it('forgets ticks when it is shown again', () => {
    const first = render(<Checklist items={checklist.items} emergencyNumber="112" />);
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    first.unmount();
    render(<Checklist items={checklist.items} emergencyNumber="112" />);
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
  });
});
