import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { checklist } from '../../knowledge';
import type { EmergencyService } from '../../lib/core/call-numbers';

afterEach(cleanup);

const inBritain: EmergencyService = { region: 'GB', ambulance: '999', also: ['112'] };
const inSwitzerland: EmergencyService = { region: 'CH', ambulance: '144', also: ['112'] };

const emergencyItem = checklist.items.find((item) => item.tier === 'emergency');
const soonItem = checklist.items.find((item) => item.tier === 'soon');
const harmlessItem = checklist.items.find((item) => item.tier === 'harmless');

describe('Checklist', () => {
  it('groups every item under its tier, most urgent first', () => {
    render(<Checklist items={checklist.items} emergency={inBritain} />);
    const legends = screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent);
    expect(legends).toEqual(['Call 999 now if you notice', 'See a doctor soon if you notice', 'Usually harmless']);
    expect(screen.getAllByRole('checkbox')).toHaveLength(checklist.items.length);
  });

  it('says nothing until something is ticked', () => {
    render(<Checklist items={checklist.items} emergency={inBritain} />);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('shows the local emergency number at once for an emergency sign, whatever else is ticked', () => {
    render(<Checklist items={checklist.items} emergency={inBritain} />);
    fireEvent.click(screen.getByRole('checkbox', { name: harmlessItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('Usually harmless');
    fireEvent.click(screen.getByRole('checkbox', { name: soonItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('See a doctor soon');
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('Call 999 now');
    expect(screen.getByRole('alert').textContent).toContain('Call 999 (or 112) for an ambulance');
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    expect(screen.getByRole('alert').textContent).not.toContain('Call 999 now');
  });

  it('uses the number of the region it is given, first the ambulance number and then the other', () => {
    render(<Checklist items={checklist.items} emergency={inSwitzerland} />);
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    expect(screen.getByRole('alert').textContent).toContain('Call 144 (or 112) for an ambulance');
  });

  it('forgets ticks when it is shown again', () => {
    const first = render(<Checklist items={checklist.items} emergency={inBritain} />);
    fireEvent.click(screen.getByRole('checkbox', { name: emergencyItem?.text }));
    first.unmount();
    render(<Checklist items={checklist.items} emergency={inBritain} />);
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
  });
});
