// The WXT Vitest plugin registers this set-up only for a single-project
// config; with projects, each tier that touches extension APIs adds it here.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
