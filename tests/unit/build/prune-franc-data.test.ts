import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneFrancData } from '../../../scripts/prune-franc-data';

const francDir = path.dirname(createRequire(import.meta.url).resolve('franc-min'));
const original = readFileSync(path.join(francDir, 'data.js'), 'utf8');

async function load(source: string): Promise<Record<string, Record<string, string>>> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { data: Record<string, Record<string, string>> };
  return module.data;
}

describe('pruneFrancData', () => {
  it('keeps exactly the Dutch and English tables, unchanged', async () => {
    const full = await load(original);
    const pruned = await load(pruneFrancData(original));
    expect(pruned).toEqual({ Latin: { nld: full.Latin!.nld, eng: full.Latin!.eng } });
  });

  it('shrinks what the content script carries by far', () => {
    expect(pruneFrancData(original).length).toBeLessThan(original.length / 10);
  });

  it('fails the build loudly when franc-min changes its data layout', () => {
    expect(() => pruneFrancData('export const data = {}')).toThrow(/no 'nld' table/);
  });
});
