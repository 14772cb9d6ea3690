import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedDrawing, drawingsDir, sourceHash, stableJson } from '../../src/lib/drawing-cache.mjs';

describe('cachedDrawing', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'drawing-cache-'));
    vi.stubEnv('CACHE_DIR', dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws once, keeps the drawing in the cache folder and returns the same bytes after', async () => {
    const draw = vi.fn(() => new Uint8Array([1, 2, 3]));
    const first = await cachedDrawing('test', { text: '铜川', size: 2 }, draw);
    const again = await cachedDrawing('test', { size: 2, text: '铜川' }, draw);
    expect(draw).toHaveBeenCalledTimes(1);
    expect([...again]).toEqual([...first]);
    expect(drawingsDir()).toBe(join(dir, 'drawings'));
    expect(readdirSync(join(dir, 'drawings', 'test'))).toHaveLength(1);
  });

  it('draws again for other data or another kind of drawing', async () => {
    const draw = vi.fn(async () => 'svg');
    await cachedDrawing('test', { text: '铜川' }, draw);
    await cachedDrawing('test', { text: '铜川市' }, draw);
    await cachedDrawing('other', { text: '铜川' }, draw);
    expect(draw).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing when the drawing fails', async () => {
    const fail = () => Promise.reject(new Error('no font'));
    await expect(cachedDrawing('test', { text: 'x' }, fail)).rejects.toThrow('no font');
    const draw = vi.fn(() => 'drawn');
    expect((await cachedDrawing('test', { text: 'x' }, draw)).toString()).toBe('drawn');
    expect(draw).toHaveBeenCalledTimes(1);
  });
});

describe('stableJson', () => {
  it('writes equal data as one text, whatever the order of keys', () => {
    expect(stableJson({ b: [2, { d: 1, c: 0 }], a: 1 })).toBe(stableJson({ a: 1, b: [2, { c: 0, d: 1 }] }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
  });
});

describe('sourceHash', () => {
  it('changes with any file under a folder, and not with where the folder is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'source-hash-'));
    try {
      mkdirSync(join(root, 'a', 'lib'), { recursive: true });
      writeFileSync(join(root, 'a', 'lib', 'draw.ts'), 'export const x = 1;');
      const before = await sourceHash([join(root, 'a')]);
      cpSync(join(root, 'a'), join(root, 'b'), { recursive: true });
      expect(await sourceHash([join(root, 'b')])).toBe(before);
      writeFileSync(join(root, 'a', 'lib', 'draw.ts'), 'export const x = 2;');
      expect(await sourceHash([join(root, 'a')])).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
