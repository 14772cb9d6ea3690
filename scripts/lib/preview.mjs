// Serves dist/ with `astro preview` on a free port for scripts that need the
// built site over HTTP (screenshots, the PDF, the benchmark).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

// Astro's own entry, run by this Node rather than through npx: killing npx
// would leave the server it started running, and npx takes a second and a
// half to start each build that the tests and the benchmark make.
export const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** A port on the loopback interface that nothing listens on now. @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts the preview server; resolves once it answers.
 * @param {{ outDir?: string }} [options] serve another build than dist/
 */
export async function startPreview({ outDir } = {}) {
  const port = await freePort();
  const env = { ...process.env, ...(outDir ? { OUT_DIR: outDir } : {}) };
  // --ignore-lock: Astro allows one tracked preview server per project; this
  // one is private to the script and may run beside another (the tests').
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
  const child = spawn(process.execPath, [astroBin, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = (await import('../../src/lib/site-env.mjs')).basePath(process.env.BASE_PATH);
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((r) => {
        child.once('exit', r);
        child.kill();
      }),
  };
}
