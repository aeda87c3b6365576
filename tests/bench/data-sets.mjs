/**
 * The benchmark's data sets, made by tests/fixtures/data-set.ts with the app's own
 * record factory and export file. That module imports src/ without file extensions,
 * which Node cannot resolve on its own, so esbuild (already installed with Vite)
 * bundles it into one module first.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let loaded;

/**
 * The data-set module, bundled once per run.
 *
 * @example const { dataSetText } = await dataSetModule(); dataSetText({ interviews: 200, now: new Date() })
 */
export async function dataSetModule() {
  loaded ??= (async () => {
    const entry = fileURLToPath(new URL('../fixtures/data-set.ts', import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  })();
  return loaded;
}
