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
// Screenshots are kept in the work folder as the test's artifacts.
//   node browse_site.js --folio FOLIO --examples DIR --work DIR [--chromium /usr/bin/chromium]
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

const WIDTH = 375;
const ARTICLE = 'RSS en Atom zonder gedoe';
const DATE = '12 september 2025';  // written in the article's language, Dutch
const TAG = 'rss';
const CODE_ARTICLE = 'projectstructuur';  // its code blocks get copy buttons
const CAFE_ARTICLE = 'Koffie en code: schrijven in een café';

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

async function checkSearch(page, site) {
  await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
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
  const search = pathToFileURL(path.join(site, 'search', 'index.html')).href;
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
  const cjk = path.join(options.work, 'cjk-site');
  const config = path.join(options.work, 'cjk.toml');
  fs.writeFileSync(config, 'title = "CJK"\nlanguage = "ja"\n');
  execFileSync(options.folio, ['html', '--config', config, posts, '-o', cjk],
               { stdio: ['ignore', 'inherit', 'ignore'] });
  await page.goto(pathToFileURL(path.join(cjk, 'search', 'index.html')).href);
  await page.getByRole('searchbox').pressSequentially('天気', { delay: 30 });
  assert.deepEqual(await results(page, '天気'), ['今日のこと']);
  const cjkSearch = pathToFileURL(path.join(cjk, 'search', 'index.html')).href;
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
  assert.ok(!fs.existsSync(path.join(cjk, 'search', 'search-index-2.js')), 'a shard by article');
  return `search: typed 'zonder gedoe' and clicked the result; 'CAFE', 'cafÉ koffie' and '?q=' on load; ` +
         `keyboard (${many} results for 'rss'); Japanese '天気' inside a sentence; only the files a query needs loaded`;
}

async function main() {
  fs.rmSync(options.work, { recursive: true, force: true });
  fs.mkdirSync(options.work, { recursive: true });
  const site = path.join(options.work, 'site');
  execFileSync(options.folio, ['html', '--config', path.join(options.examples, 'folio.toml'),
                               '--old-permalink', '/blog/:slug', '--page-size', '3', '--toc',
                               path.join(options.examples, 'posts'), '-o', site],
               { stdio: ['ignore', 'inherit', 'ignore'] });

  const browser = await chromium.launch({
    executablePath: options.chromium,
    // As root (CI) Chromium needs --no-sandbox; the rest keep it off a network it cannot reach.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
    const page = await context.newPage();
    const index = pathToFileURL(path.join(site, 'index.html')).href;
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
    await Promise.all([page.waitForURL(/site\/index\.html$/),
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
    // code (read back from the clipboard where headless Chromium lets it be read) and says so.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(pathToFileURL(path.join(site, 'posts', CODE_ARTICLE, 'index.html')).href);
    const blocks = await page.locator('article.post pre').count();
    const buttons = page.locator('article.post button.copy-code');
    assert.ok(blocks >= 2 && await buttons.count() === blocks,
              `${blocks} code blocks but ${await buttons.count()} copy buttons`);
    await assertNoHorizontalOverflow(page, 'article with code');
    const code = await page.locator('article.post pre').first().evaluate((pre) => pre.textContent);
    // The page is Dutch: so are the button's words.
    assert.equal(await buttons.first().textContent(), 'Kopiëren');
    await buttons.first().click();
    await page.waitForFunction(
      () => document.querySelector('article.post button.copy-code').textContent !== 'Kopiëren');
    const said = await buttons.first().textContent();
    assert.equal(said, 'Gekopieerd', `the copy button says '${said}'`);
    const clipboard = await page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (clipboard !== null) assert.equal(clipboard, code, 'the clipboard does not hold the code');
    await page.screenshot({ path: path.join(options.work, 'code.png'), fullPage: true });
    const searched = await checkSearch(page, site);
    console.log(`html browser: ${searched}`);
    console.log(`html browser: index → page 2 → index → '${ARTICLE}' (contents unfolded, followed) → tag '${TAG}' at ${WIDTH} px; copy button on ` +
                `'${CODE_ARTICLE}' (${blocks} blocks, clipboard ${clipboard === null ? 'not readable' : 'checked'}); ` +
                `screenshots in ${options.work}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
