// npm run build, after tsc: bundle the CLI into one CommonJS file, dist/evenhand.cjs (and a
// pool's worker into dist/run/worker.cjs), so a start pays module resolution once instead of
// for ~70 ES modules (bin/evenhand.js loads it). Each module's `import.meta.url` becomes the
// URL of its own tsc output in dist/, so every path it builds from it (../package.json,
// ./weights.json, wink-nlp in node_modules) resolves exactly as in the unbundled build.
// What a module imports dynamically (renderers, the Markdown and HTML parsers, other commands)
// is in the bundle but runs only when imported. wink-nlp and its model stay in node_modules:
// the model as a JavaScript literal would parse slower than its JSON.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `import.meta.url` of src/x/y.ts -> the file URL of dist/x/y.js, beside the bundle. */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const js = relative(`${ROOT}src`, args.path).replaceAll('\\', '/').replace(/\.ts$/, '.js');
      return { contents: source.replaceAll('import.meta.url', `__distUrl(${JSON.stringify(js)})`), loader: 'ts' };
    });
  },
};

const options = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // loaded on demand (Markdown, HTML, a terminal's progress bar) or too big to inline (the model)
  external: ['wink-nlp', 'wink-eng-lite-web-model'],
  // a dependency's own import.meta.url (fdir's createRequire) is the bundle's
  define: { 'import.meta.url': '__bundleUrl', EVENHAND_BUNDLE: 'true' },
  plugins: [moduleUrls],
  logLevel: 'warning',
};

/** `toDist`: the way from the bundle's folder to dist/, where the paths are relative to. */
const banner = (toDist) => ({
  js: [
    "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
    `const __distUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(toDist)}, p)).href;`,
  ].join('\n'),
});

await Promise.all([
  build({ ...options, entryPoints: [`${ROOT}src/cli.ts`], outfile: `${ROOT}dist/evenhand.cjs`, banner: banner('.') }),
  // a pool's worker, in dist/run/ beside the pool that starts it
  build({ ...options, entryPoints: [`${ROOT}src/run/worker.ts`], outfile: `${ROOT}dist/run/worker.cjs`, banner: banner('..') }),
]);
