import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { coalescer, registerWriteGeneration, writeGeneration } from './coalesce.js';

const later = <T>(v: T, ms = 20) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('coalescer', () => {
  it('calls that overlap share one run; a later call runs again', async () => {
    const shared = coalescer<number>();
    const owner = {};
    let runs = 0;
    const run = () => later(++runs);
    const [a, b, c] = await Promise.all([
      shared(owner, 'k', run),
      shared(owner, 'k', run),
      shared(owner, 'k', run),
    ]);
    expect([a, b, c, runs]).toEqual([1, 1, 1, 1]);
    expect(await shared(owner, 'k', run)).toBe(2);
    // another key, another owner (database): their own runs
    const [d, e] = await Promise.all([shared(owner, 'other', run), shared({}, 'k', run)]);
    expect(new Set([d, e]).size).toBe(2);
    expect(runs).toBe(4);
  });

  it('a failed run is not kept', async () => {
    const shared = coalescer<number>();
    const owner = {};
    await expect(shared(owner, 'k', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await shared(owner, 'k', () => later(7))).toBe(7);
  });

  it('a write request arriving or answered while a read runs makes later reads run again', async () => {
    const app = Fastify();
    const owner = {};
    registerWriteGeneration(app, owner);
    app.get('/r', async () => 'r');
    app.post('/w', async () => 'w');
    const shared = coalescer<number>();
    let runs = 0;
    const first = shared(owner, 'k', () => later(++runs, 50));
    const before = writeGeneration(owner);
    await app.inject({ method: 'GET', url: '/r' });
    expect(writeGeneration(owner)).toBe(before);
    await app.inject({ method: 'POST', url: '/w' });
    expect(writeGeneration(owner)).toBe(before + 2);
    const second = shared(owner, 'k', () => later(++runs, 10));
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    await app.close();
  });
});
