// A reader's view of the site: builds the examples/ site with `folio html`, opens its index from
// file:// in Debian's Chromium (headless, driven by playwright-core; no browser is downloaded),
// follows a link to an article and from there to a tag page, and checks what is on screen at a
// phone's width of 375 px: the title, the date, a rendered table, nothing wider than the screen.
// With three articles a page and a table of contents on every article, it also pages through
// the index by its numbered navigation and unfolds an article's table of contents and follows
// one of its links, all without JavaScript on the site's side.
// Search, from file:// too: the header's link to the search page, results as a query is typed
// (accents folded, every word matched as the start of a word, Japanese by any part of a
// sentence) loading only the index's files a query needs, a result followed by mouse and by
// keyboard, and `?q=` in the address showing its results on load.
// The same clicks run on the site from file:// (`--over file`, the default) and served by
// `folio serve` over http://127.0.0.1 (`--over serve`), whose pages carry the live-reload script.
// Screenshots are kept in the work folder as the test's artifacts.
//   node browse_site.js --folio FOLIO --examples DIR --work DIR [--over file|serve]
//                       [--chromium /usr/bin/chromium]
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const options = { chromium: '/usr/bin/chromium', over: 'file' };
for (let i = 2; i + 1 < process.argv.length; i += 2) options[process.argv[i].slice(2)] = process.argv[i + 1];
for (const name of ['folio', 'examples', 'work']) {
  if (!options[name]) throw new Error(`--${name} is required`);
}
if (!['file', 'serve'].includes(options.over)) throw new Error('--over is file or serve');
const { chromium } = require(path.join(__dirname, '../../tools/node_modules/playwright-core'));
const { startServe } = require('../serve/folio_serve');

const WIDTH = 375;
const ARTICLE = 'RSS en Atom zonder gedoe';
const DATE = '12 september 2025';  // written in the article's language, Dutch
const TAG = 'rss';
const CODE_ARTICLE = 'projectstructuur';  // its code blocks get copy buttons
const CAFE_ARTICLE = 'Koffie en code: schrijven in een café';

// The site `folio html ARGS` writes to the work folder's `name`, opened from there, or the one
// `folio serve ARGS` writes there and serves: { dir, url(path in the site), stop() }.
async function openSite(name, args) {
  const dir = path.join(options.work, name);
  if (options.over === 'file') {
    execFileSync(options.folio, ['html', ...args, '-o', dir], { stdio: ['ignore', 'inherit', 'ignore'] });
    return { dir, url: (file) => pathToFileURL(path.join(dir, file)).href, stop: async () => 0 };
  }
  const server = await startServe(options.folio, [...args, '-o', dir]);
  return { dir, url: (file) => `${server.origin}/${file}`, stop: server.stop };
}

// The page may not be wider than the screen: wide tables and code scroll inside their own box.
async function assertNoHorizontalOverflow(page, what) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(widths.scroll <= widths.client && widths.client <= WIDTH,
            `${what}: the page is ${widths.scroll} px wide in a ${widths.client} px window`);
}

// The titles the search page lists once it shows the results of `query`.
async function results(page, query) {
  await page.waitForFunction((q) => {
    const list = document.getElementById('search-results');
    return list.dataset.query === q && !list.hasAttribute('data-partial');
  }, query);
  return page.locator('#search-results li > a').allInnerTexts();
}

// The files of the index the page loaded (the script adds them to the head as it needs them).
async function loadedIndex(page) {
  const files = await page.evaluate(() => Array.from(document.head.querySelectorAll('script[src]'),
                                                     (script) => script.getAttribute('src')));
  return files.sort();
}

// Opens the search page with `query` in the address: its results, and the files it loaded.
async function searchFor(page, search, query) {
  await page.goto(`${search}?q=${encodeURIComponent(query)}`);
  const found = await results(page, query);
  return { found, files: await loadedIndex(page) };
}

// Clicks the first code block's copy button and pastes (Ctrl+V, as a reader would) into a field
// added to the page: what the button then says, what was pasted, and how the page copied it.
async function copyFirstBlock(page) {
  await page.evaluate(() => {
    window.folioTestCopiedBy = [];
    if (navigator.clipboard) {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text) => { window.folioTestCopiedBy.push('clipboard'); return write(text); };
    }
    const command = document.execCommand.bind(document);
    document.execCommand = (name, ...rest) => {
      if (name === 'copy') window.folioTestCopiedBy.push('selection');
      return command(name, ...rest);
    };
  });
  const button = page.locator('article.post button.copy-code').first();
  const before = await button.textContent();
  await button.click();
  await page.waitForFunction((label) => document.querySelector('article.post button.copy-code').textContent !== label,
                             before);
  const said = await button.textContent();
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'folio-test-paste';
    document.body.prepend(field);
  });
  await page.locator('#folio-test-paste').focus();
  await page.keyboard.press('Control+V');
  const pasted = await page.locator('#folio-test-paste').inputValue();
  const by = await page.evaluate(() => window.folioTestCopiedBy.join(' then '));
  return { said, pasted, by };
}

async function checkSearch(page, site, sites) {
  await page.goto(site.url('index.html'));
  await Promise.all([page.waitForURL(/search\/index\.html$/),
                     page.locator('nav.site').getByRole('link', { name: 'Zoeken' }).click()]);
  const field = page.getByLabel('Doorzoek de artikelen');
  // With JavaScript on, the note for readers without it is hidden.
  assert.equal(await page.locator('#search-fallback').isVisible(), false);
  await field.pressSequentially('zonder gedoe', { delay: 30 });
  let found = await results(page, 'zonder gedoe');
  assert.deepEqual(found, [ARTICLE], `'zonder gedoe' found ${JSON.stringify(found)}`);
  assert.equal((await page.locator('#search-status').innerText()).trim(), '1 artikel gevonden.');
  assert.match(page.url(), /\?q=zonder(\+|%20)gedoe$/, 'the query is not kept in the address');
  await assertNoHorizontalOverflow(page, 'search');
  await page.screenshot({ path: path.join(options.work, 'search.png'), fullPage: true });
  await Promise.all([page.waitForURL(/rss-en-atom-zonder-gedoe\/index\.html$/),
                     page.locator('#search-results').getByRole('link', { name: ARTICLE }).click()]);

  // Back with the query in the address: the results are there on load. Accents and case are
  // folded both ways, and every word must match.
  // Only the list of keys, the file of each word's first two letters and the articles shown
  // are loaded.
  const search = site.url('search/index.html');
  let searched = await searchFor(page, search, 'CAFE');
  assert.equal(await page.getByLabel('Doorzoek de artikelen').inputValue(), 'CAFE');
  assert.ok(searched.found.includes(CAFE_ARTICLE), `'CAFE' found ${JSON.stringify(searched.found)}`);
  assert.deepEqual(searched.files, ['search-articles-1.js', 'search-index.js', 'search-words-6361.js']);
  searched = await searchFor(page, search, 'cafÉ koffie');
  assert.deepEqual(searched.found, [CAFE_ARTICLE]);
  assert.deepEqual(searched.files, ['search-articles-1.js', 'search-index.js', 'search-words-6361.js',
                                    'search-words-6b6f.js']);
  // A word matches the words it starts.
  searched = await searchFor(page, search, 'koff');
  assert.ok(searched.found.includes(CAFE_ARTICLE), `'koff' found ${JSON.stringify(searched.found)}`);
  assert.deepEqual(searched.files, ['search-articles-1.js', 'search-index.js', 'search-words-6b6f.js']);
  if (options.over === 'serve') {
    // Served, the search's folder is found without `index.html`, and without its `/` (sent to
    // the folder, the query kept), as a reader types an address.
    await page.goto(site.url('search/?q=koffie'));
    assert.ok((await results(page, 'koffie')).includes(CAFE_ARTICLE), 'search/?q=koffie');
    await page.goto(site.url('search?q=caf%C3%A9'));
    assert.equal(page.url(), site.url('search/?q=caf%C3%A9'), 'search?q=café was sent elsewhere');
    assert.ok((await results(page, 'café')).includes(CAFE_ARTICLE));
  }
  // An English article among Dutch ones is marked as English, as in the archive.
  await page.goto(`${search}?q=epub`);
  assert.ok((await results(page, 'epub')).includes('From Blog to EPUB'));
  assert.equal(await page.locator('#search-results li', { hasText: 'From Blog to EPUB' })
    .getAttribute('lang'), 'en');
  // No word starts with `zz`: nothing more than the list of keys is loaded.
  searched = await searchFor(page, search, 'café zzzqqq');
  assert.deepEqual(searched.found, []);
  assert.deepEqual(searched.files, ['search-index.js']);
  assert.equal((await page.locator('#search-status').innerText()).trim(), 'Geen artikelen gevonden.');

  // By keyboard: the field, Enter to the first result, down and up between results, Enter to go.
  await page.goto(search);
  await page.getByLabel('Doorzoek de artikelen').focus();
  await page.keyboard.type('rss');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.closest('#search-results'));
  const many = await page.locator('#search-results li > a').count();
  assert.ok(many >= 2, `'rss' found ${many} articles`);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(second, await page.locator('#search-results li > a').nth(1).innerText());
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-query');
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await Promise.all([page.waitForURL((url) => url.href.endsWith(first.replace(/^\.\.\//, ''))),
                     page.keyboard.press('Enter')]);

  // Japanese is written without spaces: a word is found inside a sentence.
  const posts = path.join(options.work, 'cjk-posts');
  fs.mkdirSync(posts, { recursive: true });
  fs.writeFileSync(path.join(posts, 'tenki.md'),
                   '---\ntitle: "今日のこと"\ndate: 2025-05-01\nlanguage: ja\n---\n\n東京の天気は晴れ。明日も晴れ、暑い。\n');
  fs.writeFileSync(path.join(posts, 'other.md'),
                   '---\ntitle: "Something else"\ndate: 2025-05-02\n---\n\nNothing about the weather.\n');
  // Letters that fold to others, as the script folds a query: ß, the ligature ﬁ, capital sigma
  // at the word's end, half-width katakana.
  fs.writeFileSync(path.join(posts, 'folded.md'),
                   '---\ntitle: "Straße, ﬁnance, ΟΔΟΣ"\ndate: 2025-04-01\n---\n\nｶﾀｶﾅ text.\n');
  // More articles than one file of the index's metadata holds (50): a title in the oldest still
  // ranks over a word in the body of a newer one.
  for (let i = 0; i < 1000; ++i) {
    fs.writeFileSync(path.join(posts, `filler-${i}.md`),
                     `---\ntitle: "Filler ${i}"\ndate: 2010-01-01\n---\n\nFiller text.\n`);
  }
  fs.writeFileSync(path.join(posts, 'oldest.md'),
                   '---\ntitle: "A needle in the oldest post"\ndate: 2001-01-01\n---\n\nOld.\n');
  fs.writeFileSync(path.join(posts, 'newest.md'),
                   '---\ntitle: "Something new"\ndate: 2026-01-01\n---\n\nA needle in the body.\n');
  const config = path.join(options.work, 'cjk.toml');
  fs.writeFileSync(config, 'title = "CJK"\nlanguage = "ja"\n');
  const cjk = await openSite('cjk-site', ['--config', config, posts]);
  sites.push(cjk);
  const cjkSearch = cjk.url('search/index.html');
  await page.goto(cjkSearch);
  await page.getByRole('searchbox').pressSequentially('天気', { delay: 30 });
  assert.deepEqual(await results(page, '天気'), ['今日のこと']);
  // By its pairs of characters: the file of the pair's first one (天: E5 A4 A9).
  searched = await searchFor(page, cjkSearch, '天気');
  assert.deepEqual(searched.found, ['今日のこと']);
  assert.deepEqual(searched.files, ['search-articles-1.js', 'search-index.js', 'search-words-e5a4a9.js']);
  // One character finds the pairs it starts.
  assert.deepEqual((await searchFor(page, cjkSearch, '晴')).found, ['今日のこと']);
  assert.deepEqual((await searchFor(page, cjkSearch, 'strasse finance οδος カタカナ')).found,
                   ['Straße, ﬁnance, ΟΔΟΣ']);
  // Number 0 and number 1,004 (the oldest): the first and the 21st file of 50 articles.
  searched = await searchFor(page, cjkSearch, 'needle');
  assert.deepEqual(searched.found, ['A needle in the oldest post', 'Something new']);
  assert.deepEqual(searched.files, ['search-articles-1.js', 'search-articles-21.js', 'search-index.js',
                                    'search-words-6e65.js']);
  searched = await searchFor(page, cjkSearch, 'zzzq');
  assert.deepEqual(searched, { found: [], files: ['search-index.js'] });
  assert.ok(!fs.existsSync(path.join(cjk.dir, 'search', 'search-index-2.js')), 'a shard by article');
  return `search: typed 'zonder gedoe' and clicked the result; 'CAFE', 'cafÉ koffie' and '?q=' on load; ` +
         `keyboard (${many} results for 'rss'); Japanese '天気' inside a sentence; only the files a query needs loaded`;
}

async function main() {
  fs.rmSync(options.work, { recursive: true, force: true });
  fs.mkdirSync(options.work, { recursive: true });
  // Served, the draft among the examples is shown too (as `folio serve` shows drafts): one
  // more article on the index's pages, none in the search.
  const sites = [];
  let browser = null;
  try {
    const site = await openSite('site', ['--config', path.join(options.examples, 'folio.toml'),
                                         '--old-permalink', '/blog/:slug', '--page-size', '3', '--toc',
                                         path.join(options.examples, 'posts')]);
    sites.push(site);
    browser = await chromium.launch({
      executablePath: options.chromium,
      // As root (CI) Chromium needs --no-sandbox; the rest keep it off a network it cannot reach.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
    const page = await context.newPage();
    const index = site.url('index.html');
    await page.goto(index);
    assert.match(await page.title(), /Folio voorbeeldblog/);
    await assertNoHorizontalOverflow(page, 'index');
    await page.screenshot({ path: path.join(options.work, 'index.png'), fullPage: true });

    // Numbered pagination: page 1 is the current one; its number 2 leads to page 2, whose own
    // number is then current, and the first page is one click back.
    const pages = page.locator('nav.pages');
    assert.equal((await pages.locator('[aria-current="page"]').innerText()).trim(), '1');
    await Promise.all([page.waitForURL(/\/page\/2\/index\.html$/),
                       pages.locator('ol a', { hasText: /^2$/ }).click()]);
    assert.equal((await page.locator('nav.pages [aria-current="page"]').innerText()).trim(), '2');
    assert.equal(await page.locator('ol.entries > li').count(), 3);
    await assertNoHorizontalOverflow(page, 'index page 2');
    await page.screenshot({ path: path.join(options.work, 'index-2.png'), fullPage: true });
    await Promise.all([page.waitForURL(index),
                       page.locator('nav.pages ol a', { hasText: /^1$/ }).click()]);

    // Index → article, by the links a reader would click: older pages until it is listed.
    const articleLink = page.getByRole('link', { name: ARTICLE, exact: true });
    for (let pageNumber = 1; (await articleLink.count()) === 0; ++pageNumber) {
      assert.ok(pageNumber < 10, `'${ARTICLE}' is on no index page`);
      await Promise.all([page.waitForURL(new RegExp(`/page/${pageNumber + 1}/index\\.html$`)),
                         page.locator('nav.pages a[rel="next"]').click()]);
    }
    await Promise.all([page.waitForURL(/rss-en-atom-zonder-gedoe\/index\.html$/),
                       page.getByRole('link', { name: ARTICLE, exact: true }).click()]);
    assert.equal((await page.locator('article.post h1').innerText()).trim(), ARTICLE);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal((await page.locator('article.post header time').innerText()).trim(), DATE);
    const table = page.locator('article.post table').first();
    await table.waitFor({ state: 'visible' });
    const cells = await table.evaluate((t) => ({
      rows: t.rows.length,
      header: Array.from(t.rows[0].cells).map((c) => c.innerText.trim()),
      height: t.getBoundingClientRect().height,
      width: t.getBoundingClientRect().width,
      display: getComputedStyle(t).display,
    }));
    assert.ok(cells.rows >= 3 && cells.header.length >= 2 && cells.header.every(Boolean),
              `the table did not render as a table: ${JSON.stringify(cells)}`);
    assert.ok(cells.height > 40 && cells.width <= WIDTH, `the table's box: ${JSON.stringify(cells)}`);
    await assertNoHorizontalOverflow(page, 'article');
    await page.screenshot({ path: path.join(options.work, 'article.png'), fullPage: true });

    // The table of contents is folded; a click on its summary unfolds it (no script), and its
    // first link goes to the heading it names.
    const toc = page.locator('details.toc');
    assert.equal(await toc.evaluate((d) => d.open), false);
    const firstEntry = toc.locator('nav a').first();
    assert.equal(await firstEntry.isVisible(), false, 'the folded contents show their links');
    await toc.locator('summary').click();
    assert.equal(await toc.evaluate((d) => d.open), true);
    const target = (await firstEntry.getAttribute('href')).slice(1);
    await firstEntry.click();
    await page.waitForURL(new RegExp(`#${target}$`));
    const heading = page.locator(`[id="${target}"]`);
    assert.equal(await heading.evaluate((h) => h.tagName), 'H2');
    assert.equal((await heading.innerText()).trim(), (await firstEntry.innerText()).trim());
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 100, `the heading is at ${top} px after the jump, not at the top`);

    // Dark mode comes from the reader's system setting alone.
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(light, dark, 'prefers-color-scheme: dark changes nothing');
    await page.screenshot({ path: path.join(options.work, 'article-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Article → tag page, which lists the article.
    await Promise.all([page.waitForURL(new RegExp(`tags/${TAG}/index\\.html$`)),
                       page.locator('ul.tags').getByRole('link', { name: TAG, exact: true }).click()]);
    assert.equal((await page.locator('main h1').innerText()).trim(), `Tag: ${TAG}`);
    const listed = await page.locator('ol.entries h2 a').allInnerTexts();
    assert.ok(listed.includes(ARTICLE), `the tag page lists ${JSON.stringify(listed)}`);
    await assertNoHorizontalOverflow(page, 'tag page');
    await page.screenshot({ path: path.join(options.work, 'tag.png'), fullPage: true });

    // A page with code: each block gets a copy button from the page's script, which copies the
    // code and says so. Chromium counts file:// and http://127.0.0.1 as secure contexts, so both
    // copy with navigator.clipboard; a page without it (served on an address of the network,
    // not secure) copies by selecting the text, which a second page without the API checks.
    await context.grantPermissions(['clipboard-write']);
    const codePage = site.url(`posts/${CODE_ARTICLE}/index.html`);
    await page.goto(codePage);
    const blocks = await page.locator('article.post pre').count();
    const buttons = page.locator('article.post button.copy-code');
    assert.ok(blocks >= 2 && await buttons.count() === blocks,
              `${blocks} code blocks but ${await buttons.count()} copy buttons`);
    await assertNoHorizontalOverflow(page, 'article with code');
    const code = await page.locator('article.post pre').first().evaluate((pre) => pre.textContent);
    // The page is Dutch: so are the button's words.
    assert.equal(await buttons.first().textContent(), 'Kopiëren');
    assert.deepEqual(await copyFirstBlock(page), { said: 'Gekopieerd', pasted: code, by: 'clipboard' });
    await page.screenshot({ path: path.join(options.work, 'code.png'), fullPage: true });
    // So that the next paste shows only what the next copy put there.
    await page.evaluate(() => navigator.clipboard.writeText('emptied'));
    const insecure = await context.newPage();
    await insecure.addInitScript(() => { delete Navigator.prototype.clipboard; });
    await insecure.goto(codePage);
    assert.deepEqual(await copyFirstBlock(insecure), { said: 'Gekopieerd', pasted: code, by: 'selection' });
    await insecure.close();
    const searched = await checkSearch(page, site, sites);
    const from = options.over === 'file' ? 'file://' : 'folio serve';
    console.log(`html browser (${from}): ${searched}`);
    console.log(`html browser (${from}): index → page 2 → index → '${ARTICLE}' (contents unfolded, followed) → tag '${TAG}' at ${WIDTH} px; copy button on ` +
                `'${CODE_ARTICLE}' (${blocks} blocks, pasted after a copy by navigator.clipboard and by selection); ` +
                `screenshots in ${options.work}`);
  } finally {
    if (browser) await browser.close();
    // Each server must end cleanly on SIGTERM, also after a failed check.
    for (const code of await Promise.all(sites.map((site) => site.stop()))) {
      assert.strictEqual(code, 0, `folio serve ended with ${code} on SIGTERM`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
