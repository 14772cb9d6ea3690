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
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = (await import('../../src/lib/site-env.mjs')).basePath(process.env.BASE_PATH);
  const url = `http://127.0.0.1:${port}${base}`;
  // A minute: it starts in a second or two alone, and npm test starts it
  // while other lanes keep both cores busy.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`astro preview stopped at once (exit ${child.exitCode}), serving ${outDir ?? 'dist/'}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro preview did not answer ${url} within a minute, serving ${outDir ?? 'dist/'}`);
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
