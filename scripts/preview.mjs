// Serves dist/ with `astro preview` on a free port for scripts that need the
// built site over HTTP (screenshots, the PDF, the benchmark).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
async function freePort() {
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
  // Its own process group, so that stop() ends astro itself and not only npx,
  // which does not pass the signal on (astro refuses to start a second preview).
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const base = (await import('../src/lib/site-env.mjs')).basePath(process.env.BASE_PATH);
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
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      }),
  };
}
