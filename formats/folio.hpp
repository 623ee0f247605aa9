#pragma once

// folio as a C++ library: the one header a program outside the tree includes, installed as
// `<prefix>/include/folio/folio.hpp` (`#include <folio/folio.hpp>`, linking `folio::folio`
// from `find_package(folio)` or `pkg-config --static --libs folio`). It only includes the
// headers that declare the stable API; those are installed with it under their repository
// paths (`<prefix>/include/folio/src/ast/article.hpp`), so their own `#include "src/..."`
// lines resolve. No third-party type (md4c, yaml-cpp, toml++, pugixml, gumbo, ISA-L) is
// reachable from here: tests/programs/library compiles this header with the installed
// include folder alone.
//
// It lives next to formats/registry.hpp because, like the registry, it sits above every
// format and names them all.

// The article model: `Article` (metadata, body, footnotes, slug), its blocks and inlines, dates
// and front-matter values, and the generic walk over a body's runs of inlines.
#include "src/ast/article.hpp"
#include "src/ast/date.hpp"
#include "src/ast/value.hpp"
#include "src/ast/walk.hpp"

// Diagnostics (`Diagnostic`, `Diagnostics`, `format_diagnostic`) and how jobs end and report
// (`JobStatus`, `DiagnosticSink`).
#include "src/diagnostics/diagnostic.hpp"
#include "src/pipeline/job.hpp"

// Reading articles from paths: `collect_inputs`, `for_each_article`, `load_articles`, with
// `builtin_load_options()` for the built-in formats (Markdown with YAML, TOML or JSON front
// matter).
#include "formats/registry.hpp"
#include "src/pipeline/load_articles.hpp"

// An article body as HTML (`render_html`, `plain_text`).
#include "src/render/html_body.hpp"

// The jobs, each what one command of the `folio` program does:
//   epub::build_book         `folio epub`
//   feed::build_feed_file    `folio feed` (and the pure feed writers `feed::write_rss`, ...)
//   html::build_site         `folio html`
//   migrate_articles         `folio migrate` (and, with `hugo_content_job` and
//                            `markdown_files_job`, `folio hugo` and `folio markdown`)
#include "formats/epub/build_book.hpp"
#include "formats/feed/feed_job.hpp"
#include "formats/html/build_site.hpp"
#include "formats/migrate/migrate_job.hpp"
#include "formats/migrate/migrate_shorthands.hpp"

// `folio verify`: old URLs and links of any engine's built site (`verify::verify_site`).
#include "src/verify/verify_site.hpp"
