// The book on small and large screens: builds the examples' book and a book of a post with a
// wide table, a long URL, a long line of code and an image, unzips them, and opens every page
// in Debian's Chromium (headless, driven by playwright-core; no browser is downloaded) at 320,
// 600 and 1,200 px wide. No page may be wider than its window: a wide table scrolls in its own
// box, long words break, images fit.
//   node book_widths.js --folio FOLIO --examples DIR --work DIR [--chromium /usr/bin/chromium]
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const options = { chromium: '/usr/bin/chromium' };
for (let i = 2; i + 1 < process.argv.length; i += 2) options[process.argv[i].slice(2)] = process.argv[i + 1];
for (const name of ['folio', 'examples', 'work']) {
  if (!options[name]) throw new Error(`--${name} is required`);
}
const { chromium } = require(path.join(__dirname, '../../tools/node_modules/playwright-core'));

const WIDTHS = [320, 600, 1200];
const cells = Array.from({ length: 12 }, (_, i) => `column ${i + 1} heading`);
const WIDE = `---
title: A wide table
date: 2025-04-01
language: en
---
A link written out: https://example.org/a/very/long/path/that/does/not/break/anywhere/by/itself/at/all/index.html

| ${cells.join(' | ')} |
|${cells.map(() => '---').join('|')}|
| ${cells.map((_, i) => `value_without_spaces_${i}`).join(' | ')} |

\`\`\`
const aVeryLongIdentifierThatGoesOnAndOn = someFunction(withArguments, thatAreLong, andMore, andMoreStill);
\`\`\`

![A wide picture](wide.svg)
`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200"><rect width="2000" height="200" fill="#888"/></svg>';

function build(inputs, output, extra) {
  try {
    execFileSync(options.folio, ['epub', ...inputs, '-o', output, ...extra], { stdio: 'pipe' });
  } catch (error) {
    if (error.status !== 0) throw new Error(`folio epub ${output}: ${error.stderr}`);
  }
}

async function main() {
  fs.rmSync(options.work, { recursive: true, force: true });
  const posts = path.join(options.work, 'posts');
  fs.mkdirSync(posts, { recursive: true });
  fs.writeFileSync(path.join(posts, 'wide.md'), WIDE);
  fs.writeFileSync(path.join(posts, 'wide.svg'), SVG);
  const books = {
    examples: [[path.join(options.examples, 'posts')],
               ['--config', path.join(options.examples, 'folio.toml'),
                '--cover', path.join(options.examples, 'static/blog/images/checklist.png')]],
    wide: [[posts], ['--title', 'Wide']],
  };
  const browser = await chromium.launch({ executablePath: options.chromium });
  const problems = [];
  let pages = 0;
  try {
    for (const [name, [inputs, extra]] of Object.entries(books)) {
      const epub = path.join(options.work, `${name}.epub`);
      build(inputs, epub, extra);
      const folder = path.join(options.work, name);
      execFileSync('unzip', ['-q', '-o', epub, '-d', folder]);
      const oebps = path.join(folder, 'OEBPS');
      const files = fs.readdirSync(oebps).filter((f) => f.endsWith('.xhtml')).sort();
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        for (const file of files) {
          await page.goto(pathToFileURL(path.join(oebps, file)).href);
          const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          pages += 1;
          if (widths.scroll > widths.client) {
            problems.push(`${name} ${file} at ${width} px: ${widths.scroll} px wide in a ${widths.client} px window`);
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  assert.deepStrictEqual(problems, []);
  console.log(`${pages} pages at ${WIDTHS.join(', ')} px: none wider than its window`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
