import type { Plugin } from 'vite';

/** The languages the coach's lexicons cover; language.ts asks franc for these only. */
export const COACH_LANGUAGES = ['nld', 'eng'] as const;

/**
 * franc-min ships trigram tables for 82 languages and turns all of them into dictionaries when it loads: about
 * 100 kB in the content script and real work on every social page, for two languages we use. Since the coach always
 * calls franc with `only: ['nld', 'eng']`, keeping just those two Latin-script tables gives identical answers.
 */
export function pruneFrancData(source: string): string {
  const tables = COACH_LANGUAGES.map((code) => {
    const match = new RegExp(`^\\s*${code}: ('[^'\\n]*'),?$`, 'm').exec(source);
    if (!match) throw new Error(`prune-franc-data: no '${code}' table in franc-min's data.js (did franc-min change?)`);
    return `${code}: ${match[1]}`;
  });
  return `export const data = { Latin: { ${tables.join(', ')} } };\n`;
}

export function pruneFrancDataPlugin(): Plugin {
  return {
    name: 'social-coach:prune-franc-data',
    enforce: 'pre',
    transform(code, id) {
      return /franc-min[\\/]data\.js$/.test(id) ? { code: pruneFrancData(code), map: null } : undefined;
    },
  };
}
