/**
 * The fixture pages' editors: the real libraries from devDependencies, bundled on first use per test process and
 * inlined where a fixture says `<script data-editor="NAME"></script>` (fixtures stay self-contained: no request
 * leaves the page, so the network check still sees only the extension's own).
 */
import { buildSync } from 'esbuild';
import path from 'node:path';

const bundles = new Map<string, string>();

export function editorBundle(name: string): string {
  let code = bundles.get(name);
  if (code === undefined) {
    const [output] = buildSync({
      entryPoints: [path.resolve('tests/e2e/editors', `${name}.ts`)],
      bundle: true,
      minify: true,
      format: 'iife',
      write: false,
      target: 'chrome120',
      legalComments: 'none',
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      logLevel: 'error',
    }).outputFiles;
    code = output!.text.replace(/<\/(script)/gi, '<\\/$1');
    bundles.set(name, code);
  }
  return code;
}

export function withEditorBundles(html: string): string {
  return html.replace(/<script data-editor="([\w-]+)"><\/script>/g, (_, name: string) => `<script>${editorBundle(name)}</script>`);
}
