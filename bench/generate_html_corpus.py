#!/usr/bin/python3
"""Writes a synthetic corpus of HTML posts for measuring the HTML body reader.

    bench/generate_html_corpus.py OUT [--megabytes 10] [--seed S] [--one-file]

Writes posts OUT/NNNNN.html (YAML front matter plus an HTML body, 3-8 KB each) until their
sizes add up to the given megabytes. The bodies are written the way WordPress (classic
paragraphs, Gutenberg figures, code and table blocks, embeds, the footnotes block) and Ghost
(cards, markdown-it footnotes) write post HTML, in English and Chinese. With --one-file the
same bodies go into one file, OUT/all.html, on one line as exports hold them. The output
depends only on the size and the seed.
"""

import argparse
import os
import random

WORDS = ("harbour tide ferry kettle water morning gull coat rain walk timetable measure "
         "export archive newsletter subscriber server image caption table code note").split()
ZH = "清晨的港口很安静只有几艘渔船在慢慢靠岸我们在码头边喝了一壶乌龙茶"


def sentence(rng):
    if rng.random() < 0.15:
        return "".join(rng.choice(ZH) for _ in range(rng.randint(8, 30))) + "。"
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    i = rng.randrange(len(words))
    words[i] = rng.choice(["<strong>%s</strong>", "<em>%s</em>", "<code>%s</code>",
                           '<a href="https://example.org/%s">%s</a>']).replace("%s", words[i])
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return "<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>"


def block(rng, n, notes):
    kind = rng.randrange(10)
    if kind == 0:
        return f'<h2 class="wp-block-heading" id="h{n}">{sentence(rng)}</h2>'
    if kind == 1:
        items = "".join(f"<li>{sentence(rng)}</li>" for _ in range(rng.randint(2, 6)))
        return f"<ul>{items}</ul>" if rng.random() < 0.5 else f'<ol start="{rng.randint(1, 9)}">{items}</ol>'
    if kind == 2:
        code = "\n".join(f"x{i} = compute({i}) &amp;&amp; check(&lt;{i}&gt;)" for i in range(rng.randint(3, 12)))
        return f'<pre class="wp-block-code"><code class="language-python">{code}\n</code></pre>'
    if kind == 3:
        rows = "".join(f"<tr><td>{rng.choice(WORDS)}</td><td>{rng.randint(1, 999)}</td></tr>" for _ in range(rng.randint(2, 8)))
        return (f'<figure class="wp-block-table"><table><thead><tr><th>Name</th><th>Value</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></figure>")
    if kind == 4:
        return (f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2020/01/p{n}.jpg" '
                f'alt="{rng.choice(WORDS)}" class="wp-image-{n}"/><figcaption>{sentence(rng)}</figcaption></figure>')
    if kind == 5:
        return (f'<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\n'
                f'<iframe width="640" height="360" src="https://www.youtube.com/embed/v{n}" allowfullscreen></iframe>\n'
                f"</div></figure>")
    if kind == 6:
        return f"<blockquote><p>{sentence(rng)}</p></blockquote>"
    if kind == 7:
        notes.append(sentence(rng))
        k = len(notes)
        return f'<p>{sentence(rng)}<sup class="footnote-ref"><a href="#fn{k}" id="fnref{k}">[{k}]</a></sup></p>'
    return paragraph(rng)


def post(rng, n):
    notes = []
    body = "\n".join(block(rng, n * 100 + i, notes) for i in range(rng.randint(8, 24)))
    if notes:
        items = "".join(f'<li id="fn{k}" class="footnote-item"><p>{t} <a href="#fnref{k}" class="footnote-backref">↩︎</a></p></li>'
                        for k, t in enumerate(notes, 1))
        body += f'\n<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list">{items}</ol></section>'
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--one-file", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    total, n, bodies = 0, 0, []
    while total < args.megabytes * 1_000_000:
        body = post(rng, n)
        if args.one_file:
            bodies.append(body.replace("\n", " ") if "<pre" not in body else body)
        else:
            text = f'---\ntitle: "Post {n}"\ndate: 2020-01-{1 + n % 28:02d}\n---\n{body}\n'
            with open(os.path.join(args.out, f"{n:05d}.html"), "w", encoding="utf-8") as f:
                f.write(text)
        total += len(body.encode())
        n += 1
    if args.one_file:
        with open(os.path.join(args.out, "all.html"), "w", encoding="utf-8") as f:
            f.write('---\ntitle: "All"\n---\n' + " ".join(bodies) + "\n")
    print(f"{n} posts, {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
