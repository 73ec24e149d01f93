import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { themeDir } from "../../build/provider-jars";

/** The theme's preview pages (theme/preview.html), served by Vite on a free port. */
export async function startThemePreview(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    root: themeDir,
    configFile: join(themeDir, "vite.config.ts"),
    server: { port: 0, strictPort: false, host: "127.0.0.1" },
    logLevel: "error",
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error("Vite did not report the preview's URL.");
  return { url: new URL("preview.html", url).href, stop: () => server.close() };
}
