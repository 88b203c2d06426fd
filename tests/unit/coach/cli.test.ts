import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSingle, parseArgs, processJsonlLine } from '@/scripts/coach-cli';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('parseArgs', () => {
  it.each<[string[], object]>([
    // the documented single-draft call
    [['--platform', 'linkedin', '--mode', 'work', '--locale', 'nl'], { jsonl: false, platform: 'linkedin', mode: 'work', locale: 'nl', kind: 'post' }],
    // defaults: work mode, English, post
    [['--platform', 'x'], { platform: 'x', mode: 'work', locale: 'en', kind: 'post' }],
    // comments can be checked too
    [['--platform', 'x', '--kind', 'comment'], { kind: 'comment' }],
    // JSON lines need no platform
    [['--jsonl'], { jsonl: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    // a single draft needs a platform
    [[]],
    // unknown platform
    [['--platform', 'tiktok']],
    // unknown mode
    [['--platform', 'x', '--mode', 'party']],
    // unknown flag
    [['--verbose']],
  ])('rejects %j with a message', (argv) => {
    expect(parseArgs(argv)).toHaveProperty('error');
  });
});

describe('analyzeSingle', () => {
  it('prints the whole analysis as JSON in the chosen locale', () => {
    const output = JSON.parse(analyzeSingle('https://example.com/artikel', { jsonl: false, platform: 'linkedin', mode: 'work', locale: 'nl', kind: 'post' }));
    expect(output).toMatchObject({ language: 'und', stats: { limit: 3000 } });
    expect(output.findings.find((f: { ruleId: string }) => f.ruleId === 'context')?.message).toBe('Vertel waarom deze link de moeite waard is');
  });
});

describe('processJsonlLine', () => {
  it('writes id, language and the findings in short form', () => {
    const result = processJsonlLine(JSON.stringify({ id: 'p1', platform: 'x', text: 'https://example.com/x' }), 1);
    expect(result).toEqual({ output: JSON.stringify({ id: 'p1', language: 'und', findings: [{ ruleId: 'context', category: 'context', severity: 'tip' }] }) });
  });

  it('honours mode and kind', () => {
    const result = processJsonlLine(JSON.stringify({ id: 2, platform: 'x', text: 'https://example.com/x', kind: 'comment', mode: 'personal' }), 1);
    expect(result).toEqual({ output: JSON.stringify({ id: 2, language: 'und', findings: [] }) });
  });

  it('skips blank lines', () => {
    expect(processJsonlLine('   ', 3)).toEqual({ skip: true });
  });

  it.each([
    // not JSON
    ['not json', /line 7: not valid JSON/],
    // JSON but not an object
    ['[1,2]', /line 7: expected a JSON object/],
    // unknown platform, naming the id
    ['{"id":"a","platform":"tiktok","text":"hoi"}', /line 7 \(id "a"\): unknown platform "tiktok"/],
    // missing text
    ['{"id":"b","platform":"x"}', /line 7 \(id "b"\): missing "text"/],
    // text that is not a string
    ['{"id":"c","platform":"x","text":42}', /missing "text"/],
    // unknown mode
    ['{"id":"d","platform":"x","text":"hoi","mode":"party"}', /unknown mode "party"/],
    // unknown kind
    ['{"id":"e","platform":"x","text":"hoi","kind":"story"}', /unknown kind "story"/],
  ])('reports %s clearly', (line, message) => {
    const result = processJsonlLine(line, 7);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });
});

describe('npm run coach (the real script)', () => {
  it('streams JSON lines, reports bad records on stderr, goes on and exits 1', () => {
    const input = ['{"id":"a","platform":"x","text":"Lees dit: https://example.com"}', 'oops', '{"id":"b","platform":"linkedin","text":"Hoe pak jij dit aan?"}'].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/coach.ts', '--jsonl'], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(run.stderr).toMatch(/line 2: not valid JSON/);
    expect(run.status).toBe(1);
  }, 60_000);
});
