// npm run build, after tsc: bundle the CLI into one CommonJS file, dist/evenhand.cjs (and a
// pool's worker into dist/run/worker.cjs), so a start pays module resolution once instead of
// for ~70 ES modules (bin/evenhand.js loads it). Each module's `import.meta.url` becomes the
// URL of its own tsc output in dist/, so every path it builds from it (../package.json,
// ./weights.json, the model's data in node_modules) resolves exactly as in the unbundled build.
// What a module imports dynamically (renderers, other commands) is in the bundle but runs only
// when imported. The Markdown and HTML parsers, half the bundle's bytes, are bundles of their
// own (dist/input/markdown.cjs, dist/input/html.cjs), required only for such input: a start on
// plain text no longer reads and compiles them (cold start 170 -> 158 ms, median of 21).
// wink-nlp's code and its model's code are in the main bundle, so the build's code cache
// (scripts/code-cache.mjs) covers them; the model's data stays in node_modules.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

const MODEL = `${sep}wink-eng-lite-web-model${sep}`;

/**
 * The model package's code joins the bundle, so the code cache covers it too; its JSON data stays
 * in node_modules, required from there at run time, and its core reader becomes evenhand's
 * coreReader (src/nlp/model.ts), which reads the core once instead of reading and copying it.
 */
const modelCode = {
  name: 'model-code',
  setup(b) {
    b.onResolve({ filter: /\.json$/ }, (args) => {
      if (!args.importer.includes(MODEL)) return undefined;
      const file = join(args.resolveDir, args.path);
      const root = file.slice(0, file.indexOf(MODEL) + MODEL.length);
      return { path: `wink-eng-lite-web-model/${relative(root, file).replaceAll('\\', '/')}`, external: true };
    });
    b.onResolve({ filter: /^\.\/read-core-model\.js$/ }, (args) => (args.importer.includes(MODEL) ? { path: 'core-reader', namespace: 'evenhand' } : undefined));
    // the sentiment machine's 400 KB of JSON is read when asked for, not as the package loads:
    // evenhand gives wink an empty one and runs its own copy (src/nlp/sentiment.ts), so a start
    // never asks
    b.onLoad({ filter: /[\\/]load-sa-model\.js$/ }, (args) =>
      args.path.includes(MODEL)
        ? {
            contents: 'module.exports = function () { return { machines: require("./languages/cur/models/eng-sa-model.json"), setter: require("./sa-setter.js") }; };',
            loader: 'js',
          }
        : undefined,
    );
    b.onLoad({ filter: /^core-reader$/, namespace: 'evenhand' }, () => ({
      contents: "module.exports = require('./src/nlp/model.ts').coreReader();",
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** The parsers' bundles, by the module that imports them (src/input/format.ts) and the name it imports. */
const PARSERS = ['html', 'markdown'];

/**
 * format.ts's `import('./html.js')` becomes a require of dist/input/html.cjs, written as the way
 * there from the bundle's own folder (`toDist`, as in its banner).
 */
const parsersApart = (toDist) => ({
  name: 'parsers-apart',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\./(${PARSERS.join('|')})\\.js$`) }, (args) =>
      /[\\/]src[\\/]input[\\/]format\.ts$/.test(args.importer) ? { path: `${toDist}/input/${args.path.slice(2, -3)}.cjs`, external: true } : undefined,
    );
  },
});

const options = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // a dependency's own import.meta.url (fdir's createRequire) is the bundle's
  define: { 'import.meta.url': '__bundleUrl', EVENHAND_BUNDLE: 'true' },
  plugins: [moduleUrls, modelCode],
  // a dynamic import of a file outside the bundle (a parser's bundle) becomes a require: the
  // bundle runs in a vm.Script, which has no loader for import()
  supported: {
    'dynamic-import': false,
    // Node 20 has them; lowered, each \p{...} literal became a `new RegExp(...)` built on
    // every call (about 2% of a run in the token loops)
    'regexp-unicode-property-escapes': true,
  },
  logLevel: 'warning',
};

/**
 * Open the bundle with a line naming its content: V8 checks a code cache against the length of
 * the source only, so bin/evenhand.js compares this line before it uses dist/evenhand.cjs.cache.
 */
async function markBuild(file) {
  const code = await readFile(file, 'utf8');
  await writeFile(file, `// evenhand build ${createHash('sha1').update(code).digest('hex')}\n${code}`);
}

/** `toDist`: the way from the bundle's folder to dist/, where the paths are relative to. */
const banner = (toDist) => ({
  js: [
    "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
    `const __distUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(toDist)}, p)).href;`,
  ].join('\n'),
});

await Promise.all([
  build({ ...options, plugins: [parsersApart('.'), ...options.plugins], entryPoints: [`${ROOT}src/cli.ts`], outfile: `${ROOT}dist/evenhand.cjs`, banner: banner('.') }).then(() =>
    markBuild(`${ROOT}dist/evenhand.cjs`),
  ),
  // a pool's worker, in dist/run/ beside the pool that starts it
  build({ ...options, plugins: [parsersApart('..'), ...options.plugins], entryPoints: [`${ROOT}src/run/worker.ts`], outfile: `${ROOT}dist/run/worker.cjs`, banner: banner('..') }),
  ...PARSERS.map((name) => build({ ...options, entryPoints: [`${ROOT}src/input/${name}.ts`], outfile: `${ROOT}dist/input/${name}.cjs`, banner: banner('..') })),
]);
