// Parses RSS or Atom files with the npm feed client rss-parser, as a feed reader would, and
// fails unless every item has a title, a link, a date and content. Prints one JSON summary
// per file (the items' titles, links and dates) for the test driver to compare.
//   node parse_feed.js FILE...
'use strict';
const fs = require('fs');
const Parser = require('rss-parser');

async function check(path) {
  const parser = new Parser();
  const feed = await parser.parseString(fs.readFileSync(path, 'utf8'));
  const problems = [];
  const items = feed.items.map((item, index) => {
    const content = item['content:encoded'] || item.content || '';
    for (const [name, value] of [['title', item.title], ['link', item.link],
                                 ['date', item.isoDate], ['content', content]]) {
      if (!value) problems.push(`${path}: item ${index + 1} has no ${name}`);
    }
    return { title: item.title, link: item.link, date: item.isoDate, content_length: content.length };
  });
  return { path, title: feed.title, items, problems };
}

(async () => {
  let failed = false;
  for (const path of process.argv.slice(2)) {
    try {
      const result = await check(path);
      if (result.problems.length) failed = true;
      for (const p of result.problems) console.error(p);
      console.log(JSON.stringify(result));
    } catch (error) {
      failed = true;
      console.error(`${path}: rss-parser failed: ${error.message}`);
    }
  }
  process.exit(failed ? 1 : 0);
})();
