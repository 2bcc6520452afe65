/**
 * The project's own TypeScript modules, loaded through Vite for scripts run
 * with plain Node: their imports have no file extensions, which Node cannot
 * resolve. `use` gets a loader by project path ("/lib/core/matcher/term-index.ts");
 * the Vite server is closed when it returns.
 */
import { createServer } from 'vite';

// biome-ignore lint/suspicious/noExplicitAny: modules are typed by the caller's use of them
type Loader = (path: string) => Promise<Record<string, any>>;

export async function withSourceModules<T>(root: string, use: (load: Loader) => Promise<T>): Promise<T> {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await use((path) => vite.ssrLoadModule(path));
  } finally {
    await vite.close();
  }
}
