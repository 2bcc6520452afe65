import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/core/settings';
import { type PageAction, pageActionFor } from '../../lib/core/settings-change';
import type { Site } from '../../lib/core/site-rules';

const SITE: Site = { host: 'www.nhs.uk', port: '' };
const on = DEFAULT_SETTINGS;
const with_ = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('pageActionFor', () => {
  it.each<[string, Settings, Settings, Site | undefined, boolean, PageAction]>([
    ['highlighting turned off everywhere', on, with_({ enabled: false }), SITE, true, 'stop'],
    ['this site turned off', on, with_({ sites: ['nhs.uk'] }), SITE, true, 'stop'],
    [
      'only listed sites, this one not listed',
      on,
      with_({ siteMode: 'only-listed', sites: ['mayoclinic.org'] }),
      SITE,
      true,
      'stop',
    ],
    ['a page without a site', on, on, undefined, false, 'stop'],
    [
      'still off (the first settings read on an off site)',
      with_({ enabled: false }),
      with_({ enabled: false }),
      SITE,
      false,
      'stop',
    ],
    ['turned back on', with_({ enabled: false }), on, SITE, false, 'start'],
    ['the first settings read on an allowed site', on, on, SITE, false, 'start'],
    ['a category turned off', on, with_({ categories: ['symptom'] }), SITE, true, 'rehighlight'],
    ['how often changed', on, with_({ density: 'first-per-page' }), SITE, true, 'rehighlight'],
    [
      'how often and the look changed',
      on,
      with_({ density: 'first-per-page', highlightStyle: 'background' }),
      SITE,
      true,
      'rehighlight',
    ],
    ['only the look changed', on, with_({ highlightStyle: 'background' }), SITE, true, 'restyle'],
    ['the card delay changed', on, with_({ cardDelayMs: 600 }), SITE, true, 'keep'],
    ['the theme changed', on, with_({ theme: 'dark' }), SITE, true, 'keep'],
    ['another site turned off', on, with_({ sites: ['mayoclinic.org'] }), SITE, true, 'keep'],
  ])('%s → %s', (_, previous, next, site, highlighting, expected) => {
    expect(pageActionFor(previous, next, site, highlighting)).toBe(expected);
  });
});
