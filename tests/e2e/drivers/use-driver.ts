/** Starts the test server and one browser with the extension before a file's tests, and stops them after. */
import { afterAll, beforeAll } from 'vitest';
import { EXTENSION_PATH } from '../../../scripts/lib/launch-extension';
import type { StaticServer } from '../../../scripts/lib/static-server';
import { requireBuild, startTestServer } from '../support';
import { launchChromiumDriver } from './chromium';
import type { BrowserName, ExtensionDriver } from './driver';
import { FIREFOX_EXTENSION_PATH, type FirefoxOptions, launchFirefoxDriver } from './firefox';

/** The driver, filled in `beforeAll`: read it inside tests, not at the top of the file. */
export function useDriver(name: BrowserName, firefoxOptions: FirefoxOptions = {}): () => ExtensionDriver {
  let server: StaticServer | undefined;
  let driver: ExtensionDriver | undefined;
  beforeAll(async () => {
    if (name === 'chromium') requireBuild(EXTENSION_PATH, 'npm run build');
    else requireBuild(FIREFOX_EXTENSION_PATH, 'npm run build:firefox');
    server = await startTestServer();
    driver =
      name === 'chromium' ? await launchChromiumDriver(server) : await launchFirefoxDriver(server, firefoxOptions);
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return () => {
    if (!driver) throw new Error('the browser has not started');
    return driver;
  };
}
