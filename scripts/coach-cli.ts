import { analyzeWith } from '../lib/coach/engine';
import { RULES } from '../lib/coach/rules';
import { LanguageDetector } from '../lib/coach/text/language';
import type { Analysis, DraftKind, Mode, Platform, UiLocale } from '../lib/coach/types';
import { MODES, PLATFORMS } from '../lib/coach/types';

/** The command line's logic, apart from stdin/stdout so tests can call it directly. */
export interface CliOptions {
  jsonl: boolean;
  platform?: Platform;
  mode: Mode;
  locale: UiLocale;
  kind: DraftKind;
}

export const USAGE = 'usage: npm run coach -- --platform <x|linkedin|…> [--mode work|personal] [--locale nl|en] [--kind post|comment] < draft.txt\n       npm run coach -- --jsonl < posts.jsonl';

const KINDS: readonly DraftKind[] = ['post', 'comment'];

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { jsonl: false, mode: 'work', locale: 'en', kind: 'post' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--jsonl') {
      options.jsonl = true;
      continue;
    }
    const value = argv[++i];
    if (flag === '--platform' && oneOf(value, PLATFORMS)) options.platform = value;
    else if (flag === '--mode' && oneOf(value, MODES)) options.mode = value;
    else if (flag === '--locale' && oneOf(value, ['nl', 'en'] as const)) options.locale = value;
    else if (flag === '--kind' && oneOf(value, KINDS)) options.kind = value;
    else return { error: `unknown option or value: ${flag} ${value ?? ''}`.trim() };
  }
  if (!options.jsonl && !options.platform) return { error: `--platform is required (one of ${PLATFORMS.join(', ')})` };
  return options;
}

/** Each record gets a fresh language detector: a record's result never depends on the one before it. */
function analyzeFresh(text: string, platform: Platform, mode: Mode, kind: DraftKind, locale: UiLocale): Analysis {
  return analyzeWith(RULES, { text, platform, kind }, { mode, uiLocale: locale }, { detector: new LanguageDetector() });
}

export function analyzeSingle(text: string, options: CliOptions & { platform: Platform }): string {
  return JSON.stringify(analyzeFresh(text, options.platform, options.mode, options.kind, options.locale), null, 2);
}

export type JsonlResult = { output: string } | { error: string } | { skip: true };

/** One input line to one output line, or a clear error naming the line (and id, when there is one). */
export function processJsonlLine(line: string, lineNumber: number): JsonlResult {
  if (line.trim() === '') return { skip: true };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { error: `line ${lineNumber}: expected a JSON object with "id", "platform" and "text"` };
  }
  const { id, platform, text, mode = 'work', kind = 'post' } = record as Record<string, unknown>;
  const where = `line ${lineNumber}${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}`;
  if (typeof text !== 'string') return { error: `${where}: missing "text" (a string)` };
  if (!oneOf(platform, PLATFORMS)) return { error: `${where}: unknown platform ${JSON.stringify(platform)}; expected one of ${PLATFORMS.join(', ')}` };
  if (!oneOf(mode, MODES)) return { error: `${where}: unknown mode ${JSON.stringify(mode)}; expected work or personal` };
  if (!oneOf(kind, KINDS)) return { error: `${where}: unknown kind ${JSON.stringify(kind)}; expected post or comment` };
  const analysis = analyzeFresh(text, platform, mode, kind, 'en');
  const findings = analysis.findings.map(({ ruleId, category, severity }) => ({ ruleId, category, severity }));
  return { output: JSON.stringify({ id: id ?? null, language: analysis.language, findings }) };
}
