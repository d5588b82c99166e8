/**
 * Writes the whole content catalogue (breath, tea, phrases, grounding, care actions, the needs check-in,
 * the friend check and the fallback) with its English text to one JSON file for review and
 * translation, after checking it. Run `npm run content:export`; prints the path it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { catalogue } from '../electron/core/content/catalogue.ts';
import { exportCatalogue } from '../electron/core/content/export-catalogue.ts';
import { validateCatalogue } from '../electron/core/content/validate-catalogue.ts';

const root = resolve(import.meta.dirname, '..');
const outFile = join(root, 'out', 'content', 'tend-content.en.json');

const problems = validateCatalogue(catalogue);
if (problems.length > 0) {
  console.error(
    `The content catalogue has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}

mkdirSync(join(root, 'out', 'content'), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(exportCatalogue(catalogue), null, 2)}\n`);
console.log(relative(process.cwd(), outFile) || outFile);
