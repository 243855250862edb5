// One package's doc model: API Extractor reads the package's built declarations
// (dist/index.d.ts) and writes an `.api.json` model, which is loaded back as an ApiPackage.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractor } from './toolchain.mjs';

const { Extractor, ExtractorConfig } = extractor;

/**
 * Writes `<models>/<slug>.api.json` for the package; throws when the package is not built or
 * API Extractor fails.
 * @param {{ dir: string, name: string, slug: string }} pkg
 * @param {string} models the folder the model is written to
 * @returns {string} the model's path
 */
export function extractModel(pkg, models) {
  const entry = join(pkg.dir, 'dist', 'index.d.ts');
  if (!existsSync(entry)) throw new Error(`${pkg.name}: ${entry} is missing; build the package first`);
  const apiJsonFilePath = join(models, `${pkg.slug}.api.json`);
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(pkg.dir, 'api-extractor.json'), // virtual: names the project folder
    packageJsonFullPath: join(pkg.dir, 'package.json'),
    configObject: {
      projectFolder: pkg.dir,
      mainEntryPointFilePath: entry,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'es2023',
            lib: ['es2023', 'esnext.disposable', 'dom'],
            module: 'nodenext',
            moduleResolution: 'nodenext',
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
          files: [entry],
        },
      },
      apiReport: { enabled: false },
      docModel: { enabled: true, apiJsonFilePath },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Type errors are the build's business (tsc); a summary is checked over the model.
        compilerMessageReporting: { default: { logLevel: 'none' } },
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const result = Extractor.invoke(config, {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback: (message) => {
      message.handled = true;
    },
  });
  if (!result.succeeded) throw new Error(`${pkg.name}: API Extractor failed (${result.errorCount} errors)`);
  return apiJsonFilePath;
}
