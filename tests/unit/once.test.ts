import { describe, expect, it, vi } from 'vitest';
import { once } from '../../lib/once';

describe('once', () => {
  it('computes on the first call only', () => {
    const compute = vi.fn(() => ({ number: '112' }));
    const lazy = once(compute);
    expect(compute).not.toHaveBeenCalled();
    const first = lazy();
    expect(lazy()).toBe(first);
    expect(compute).toHaveBeenCalledOnce();
  });
});
