import { describe, expect, it } from 'vitest';
import { buildExportFile, parseExportFile } from '@/lib/settings/data-file';
import { storedDataExample } from './fixtures/stored-data';
import { settingsExample as v1Settings } from './fixtures/v1';

const NOW = Date.UTC(2026, 10, 22, 10, 0);
const keyed = storedDataExample.fingerprints[0]!;
// What versions before the keyed fingerprints exported: a 32-bit unkeyed hash and a sketch of 128 slots.
const unkeyed = { platform: 'x', publishedAt: NOW - 86_400_000, hash: '9f3c01aa', sketch: Array.from({ length: 128 }, (_, i) => i * 1000) };

describe('importing a file with unkeyed fingerprints from an earlier version', () => {
  it('drops them and keeps everything else, the keyed ones included', () => {
    const file = { ...JSON.parse(JSON.stringify(buildExportFile(storedDataExample, NOW))), fingerprints: [unkeyed, keyed, unkeyed] };
    expect(parseExportFile(JSON.stringify(file))).toEqual({ ok: true, fromVersion: expect.any(Number), data: storedDataExample });
  });

  it('imports a v1 file whose fingerprints are all unkeyed, with none left', () => {
    const file = { ...JSON.parse(JSON.stringify(buildExportFile(storedDataExample, NOW))), schemaVersion: 1, settings: v1Settings, fingerprints: [unkeyed] };
    const result = parseExportFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, fromVersion: 1, data: { usage: storedDataExample.usage, posts: storedDataExample.posts, fingerprints: [] } });
  });

  it('still refuses a fingerprint that is damaged rather than old', () => {
    const file = { ...JSON.parse(JSON.stringify(buildExportFile(storedDataExample, NOW))), fingerprints: [{ ...keyed, hash: 'zz' }] };
    expect(parseExportFile(JSON.stringify(file))).toEqual({ ok: false, error: { kind: 'invalid-field', path: 'fingerprints.0' } });
  });

  it('refuses a sketch longer than the 128 slots a fingerprint has', () => {
    const file = { ...JSON.parse(JSON.stringify(buildExportFile(storedDataExample, NOW))), fingerprints: [{ ...keyed, sketch: Array.from({ length: 129 }, () => 1) }] };
    expect(parseExportFile(JSON.stringify(file))).toMatchObject({ ok: false, error: { kind: 'invalid-field' } });
  });
});
