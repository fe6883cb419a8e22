import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { exitTarget } from '../components/quick-exit/exit-target';
import type { EarlySafetyOptions } from '../components/safe-mode/early-safety';
import { quickExitKey } from '../lib/shortcuts';

/** The module pages import to name the early script, and the endpoint to serve it. */
const moduleId = 'virtual:nsp/early-script';
const resolvedId = `\0${moduleId}`;

/**
 * The classic script every page loads in <head> (/early/<hash>.js, src/components/workbench/early.ts),
 * bundled from the site's own TypeScript: it cannot be one of Vite's modules, which run only after
 * the page is parsed, and writing it by hand as a string would repeat rules the modules already
 * hold. esbuild (Astro's own bundler for its config) makes one minified classic script of it, with
 * the quick exit's settings filled in here, so the script does not carry the whole shortcut table.
 *
 * Pages import `earlyScriptName` (the first 12 hex digits of the script's SHA-256, then `.js`, so a
 * changed script is a new URL and the old one may be cached for a year: public/_headers) and the
 * endpoint src/pages/early/[name].ts serves `earlyScript`.
 */
export default function earlyScript(): AstroIntegration {
  return {
    name: 'nsp-guiden:early-script',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [earlyScriptModule(fileURLToPath(config.srcDir))] } });
      },
    },
  };
}

function earlyScriptModule(srcDir: string): Plugin {
  return {
    name: 'nsp:early-script',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const { code, inputs } = await bundleEarlyScript(srcDir);
      for (const input of inputs) this.addWatchFile(input);
      const name = `${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
      return `export const earlyScript = ${JSON.stringify(code)};\nexport const earlyScriptName = ${JSON.stringify(name)};\n`;
    },
  };
}

async function bundleEarlyScript(srcDir: string): Promise<{ code: string; inputs: string[] }> {
  const { combos, repeat } = quickExitKey;
  const options: EarlySafetyOptions = { exit: exitTarget, quickExit: { combos, repeat } };
  const workbench = resolve(srcDir, 'components/workbench');
  const result = await build({
    stdin: { contents: `import { start } from './early';\nstart(${JSON.stringify(options)});\n`, resolveDir: workbench, loader: 'ts', sourcefile: 'early-entry.ts' },
    absWorkingDir: srcDir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    // Browsers the site supports (Safari 15 and later among them); nothing here needs lowering.
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('early script: esbuild wrote no output for src/components/workbench/early.ts');
  return { code, inputs: Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('<')).map((f) => resolve(srcDir, f)) };
}
