import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheets are plain CSS, but the bundler reads them as nesting CSS: a rule left open swallows every rule
 * after it (`.sc-button:disabled .sc-finding__action`), and the sidebar's text links turned back into grey
 * browser buttons with no error anywhere. Every rule closes before the next starts; only at-rules hold rules.
 */

const ROOT = path.resolve('components');

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** The first place a plain rule opens inside another plain rule, or where braces don't balance; null when none. */
export function nestingProblem(css: string): string | null {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: { atRule: boolean; line: number }[] = [];
  let start = 0;
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') {
      const prelude = text.slice(start, index).trim();
      const atRule = prelude.startsWith('@');
      if (!atRule && open.some((block) => !block.atRule)) return `line ${lineAt(index)}: "${prelude}" opens inside the rule from line ${open.at(-1)?.line}`;
      open.push({ atRule, line: lineAt(index) });
      start = index + 1;
    } else if (char === '}') {
      if (!open.pop()) return `line ${lineAt(index)}: a brace closes nothing`;
      start = index + 1;
    } else if (char === ';') {
      start = index + 1;
    }
  }
  return open.length > 0 ? `line ${open.at(-1)?.line}: a rule is never closed` : null;
}

describe('every stylesheet closes its rules', () => {
  it.each(stylesheets(ROOT).map((file) => [path.relative(ROOT, file), file]))('%s', (_name, file) => {
    expect(nestingProblem(readFileSync(file, 'utf8'))).toBeNull();
  });

  it.each([
    // the defect that hid the sidebar's link styles: a block left open before the next rule
    ['.a { color: red;\n.b { color: blue; }', 'line 2: ".b" opens inside the rule from line 1'],
    ['.a { color: red; }}', 'line 1: a brace closes nothing'],
    ['@media (max-width: 10px) { .a { color: red; }', 'line 1: a rule is never closed'],
  ])('finds %j', (css, problem) => {
    expect(nestingProblem(css)).toBe(problem);
  });

  it('accepts rules inside at-rules and braces in comments', () => {
    expect(nestingProblem('@media (prefers-color-scheme: dark) { .a { color: red; } }\n/* { */ .b { color: blue; }')).toBeNull();
  });
});
