import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExportFile, parseExportFile, type ImportError } from '@/lib/settings/data-file';
import { SETTINGS_VERSION } from '@/lib/settings/migrations';
import { storedDataExample } from './fixtures/stored-data';
import { settingsExample as v1Settings } from './fixtures/v1';
import { settingsExample as v3Settings } from './fixtures/v3';

const NOW = Date.UTC(2026, 10, 22, 10, 0);
/** A parsed file is untyped, like the files users pick: tests edit it freely. */
type ParsedFile = ReturnType<typeof JSON.parse>;
const exported = (): ParsedFile => JSON.parse(JSON.stringify(buildExportFile(storedDataExample, NOW)));

describe('export and import', () => {
  it('round-trips every part of the stored data exactly', () => {
    const result = parseExportFile(JSON.stringify(buildExportFile(storedDataExample, NOW)));
    expect(result).toEqual({ ok: true, fromVersion: SETTINGS_VERSION, data: storedDataExample });
  });

  it('writes the envelope the format promises', () => {
    const { format, schemaVersion, exportedAt } = exported();
    expect({ format, schemaVersion, exportedAt }).toEqual({ format: 'social-coach-export', schemaVersion: SETTINGS_VERSION, exportedAt: '2026-11-22T10:00:00.000Z' });
  });

  it('imports a file whose settings still carry the old default mode, without it', () => {
    const file = exported();
    file.settings.defaultMode = 'personal';
    expect(parseExportFile(JSON.stringify(file))).toEqual({ ok: true, fromVersion: SETTINGS_VERSION, data: storedDataExample });
  });

  it('migrates the settings of a v1 file', () => {
    const file = { ...exported(), schemaVersion: 1, settings: v1Settings };
    expect(parseExportFile(JSON.stringify(file))).toMatchObject({ ok: true, fromVersion: 1, data: { settings: v3Settings } });
  });
});

describe('import refuses a bad file with a specific reason', () => {
  const edit = (change: (file: ParsedFile) => void) => {
    const file = exported();
    change(file);
    return JSON.stringify(file);
  };
  it.each<[string, string, ImportError]>([
    ['not JSON at all', '{"format": "social-coach-export",', { kind: 'not-json' }], // truncated download
    ['another app', JSON.stringify({ format: 'other-app', data: [] }), { kind: 'foreign' }], // someone else's export
    ['a bare list', '[1,2,3]', { kind: 'foreign' }], // valid JSON, wrong kind of thing
    ['a newer version', edit((f) => (f.schemaVersion = 9)), { kind: 'newer-version', version: 9 }], // we cannot guess a future shape
    ['version zero', edit((f) => (f.schemaVersion = 0)), { kind: 'invalid-field', path: 'schemaVersion' }], // versions start at 1
    ['no export date', edit((f) => delete f.exportedAt), { kind: 'invalid-field', path: 'exportedAt' }], // envelope incomplete
    ['bad budget', edit((f) => (f.settings.budget.dailyMinutes = -5)), { kind: 'invalid-field', path: 'settings.budget.dailyMinutes' }], // imports are not repaired silently
    ['no settings', edit((f) => delete f.settings), { kind: 'invalid-field', path: 'settings' }], // part missing
    ['settings without a budget', edit((f) => delete f.settings.budget), { kind: 'invalid-field', path: 'settings.budget' }], // an import must be complete
    ['bad day key', edit((f) => (f.usage['yesterday'] = f.usage['2026-11-20'])), { kind: 'invalid-field', path: 'usage.yesterday' }], // days are YYYY-MM-DD
    ['negative time', edit((f) => (f.usage['2026-11-20'].activeMs = -1)), { kind: 'invalid-field', path: 'usage.2026-11-20' }], // time cannot run backwards
    ['posts as list', edit((f) => (f.posts = [])), { kind: 'invalid-field', path: 'posts' }], // wrong type
    ['fingerprint without hash', edit((f) => delete f.fingerprints[0].hash), { kind: 'invalid-field', path: 'fingerprints.0' }], // cross-post check needs it
  ])('%s', (_why, text, error) => {
    expect(parseExportFile(text)).toEqual({ ok: false, error });
  });

  it('never throws on arbitrary text or JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        expect(parseExportFile(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any part of a real file is replaced by junk', () => {
    const parts = ['settings', 'usage', 'posts', 'fingerprints', 'exportedAt', 'schemaVersion'];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.jsonValue(), (part, junk) => {
        expect(() => parseExportFile(JSON.stringify({ ...exported(), [part]: junk }))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
