// `folio serve` in a browser: Debian's Chromium (headless, driven by playwright-core) opens an
// article served by `folio serve`; the article's file is saved with a new body, and the open page
// must reload by itself (the live-reload script and the server's event stream) and show it.
// Then the front matter is broken: the page reloads into the error; fixed, it comes back.
//
//   node browse_reload.js --folio FOLIO --work DIR [--chromium /usr/bin/chromium]
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const options = { chromium: '/usr/bin/chromium' };
for (let i = 2; i + 1 < process.argv.length; i += 2) options[process.argv[i].slice(2)] = process.argv[i + 1];
for (const name of ['folio', 'work']) {
  if (!options[name]) throw new Error(`--${name} is required`);
}
const { chromium } = require(path.join(__dirname, '../../tools/node_modules/playwright-core'));
const { startServe } = require('./folio_serve');

function article(body) {
  return `---\ntitle: Reloading\ndate: 2025-03-01\n---\n\n${body}\n`;
}

// As editors save: a new file renamed over the old one.
function save(file, text) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

async function main() {
  fs.rmSync(options.work, { recursive: true, force: true });
  const posts = path.join(options.work, 'posts');
  fs.mkdirSync(posts, { recursive: true });
  const file = path.join(posts, 'reloading.md');
  save(file, article('The first body.'));
  save(path.join(posts, 'other.md'), '---\ntitle: Other\ndate: 2025-02-01\n---\n\nOther.\n');
  const server = await startServe(options.folio, [posts, '-o', path.join(options.work, 'site')]);
  let browser = null;
  let code = null;
  try {
    browser = await chromium.launch({
      executablePath: options.chromium,
      // As root (CI) Chromium needs --no-sandbox; the rest keep it off a network it cannot reach.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const url = `${server.origin}/posts/reloading/`;
    const page = await (await browser.newContext()).newPage();
    await page.goto(url);
    assert.ok((await page.textContent('main')).includes('The first body.'));
    // No wait for the event stream to open: the page knows the generation it was served at,
    // and the stream's first message names a newer one if a rebuild came first.
    // Gone once the page has reloaded: a new document, not this one changed by a script.
    await page.evaluate(() => { window.folioTestMarker = true; });

    save(file, article('The second body, saved while the page was open.'));
    await page.waitForFunction(
      () => document.body && document.body.textContent.includes('The second body'), null,
      { timeout: 20000 });
    assert.strictEqual(await page.evaluate(() => window.folioTestMarker), undefined,
                       'the page reloaded itself (no navigation by the test)');
    console.log('the open page reloaded by itself after the edit');

    save(file, '---\ntitle: [Reloading\n---\n\nBroken.\n');
    await page.waitForFunction(
      () => document.body && /reloading\.md:\d+:\d+: error/.test(document.body.textContent), null,
      { timeout: 20000 });
    console.log('the open page shows the error of a broken front matter');

    save(file, article('The third body, fixed.'));
    await page.waitForFunction(
      () => document.body && document.body.textContent.includes('The third body'), null,
      { timeout: 20000 });
    console.log('the open page came back when the file was fixed');
  } finally {
    if (browser) await browser.close();
    code = await server.stop();
  }
  assert.strictEqual(code, 0, `folio serve ended with ${code} on SIGTERM`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
