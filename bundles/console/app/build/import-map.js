// Vite plugin of the console's build: copies the shared modules (and the SDK, built before the application) into
// dist/ under content-hashed names, writes the import map into index.html (which is never cached, so the map
// always names the current files), and precompresses every text file (the bundle serves the .gz to browsers that
// accept it).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHARED, SDK } from './shared.js';

const BASE = '/console/';
const hash = (source) => createHash('sha256').update(source).digest('base64url').slice(0, 10);
// source maps are not shipped
const stripMap = (text) => text.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');

export function vendorFiles(root) {
  const files = [];
  for (const [specifier, path] of Object.entries(SHARED)) {
    const source = stripMap(readFileSync(join(root, path), 'utf8'));
    const name = specifier.replace(/^@/, '').replace(/\/dist\/locale\//, '-locale-').replace(/\.mjs$/, '').replace(/[^A-Za-z0-9]+/g, '-');
    files.push({ specifier, fileName: `vendor/${name}-${hash(source)}.js`, source });
  }
  const sdkJs = join(root, 'dist-sdk/console-sdk.js');
  if (!existsSync(sdkJs)) throw new Error('dist-sdk/console-sdk.js is missing: build the SDK first (npm run build)');
  const sdk = readFileSync(sdkJs, 'utf8');
  files.push({ specifier: SDK, fileName: `sdk/console-sdk-${hash(sdk)}.js`, source: sdk });
  const sdkCss = join(root, 'dist-sdk/console-sdk.css');
  if (existsSync(sdkCss)) {
    const css = readFileSync(sdkCss, 'utf8');
    files.push({ style: true, fileName: `sdk/console-sdk-${hash(css)}.css`, source: css });
  }
  return files;
}

export function importMapPlugin() {
  let files = [];
  let outDir = 'dist';
  return {
    name: 'anjian-import-map',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
      files = vendorFiles(config.root);
    },
    generateBundle() {
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
    transformIndexHtml: {
      order: 'pre',
      handler() {
        const imports = Object.fromEntries(files.filter((f) => f.specifier).map((f) => [f.specifier, BASE + f.fileName]));
        const tags = [{ tag: 'script', attrs: { type: 'importmap' }, children: JSON.stringify({ imports }, null, 1), injectTo: 'head-prepend' }];
        for (const f of files.filter((x) => x.style)) {
          tags.push({ tag: 'link', attrs: { rel: 'stylesheet', href: BASE + f.fileName }, injectTo: 'head' });
        }
        return tags;
      },
    },
    closeBundle(error) {
      if (error || !existsSync(outDir)) return;
      const walk = (dir) => readdirSync(dir).flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
      for (const file of walk(outDir)) {
        if (['.js', '.mjs', '.css', '.html', '.svg', '.json'].includes(extname(file)) && statSync(file).size > 1024) {
          writeFileSync(file + '.gz', gzipSync(readFileSync(file), { level: 9 }));
        }
      }
    },
  };
}
