#include "formats/registry.hpp"

#include <array>

#include "formats/ghost/ghost_export.hpp"
#include "formats/html/html_reader.hpp"
#include "formats/json/json_front_matter.hpp"
#include "formats/markdown/markdown_reader.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "formats/toml/toml_front_matter.hpp"
#include "formats/toml/toml_front_matter_writer.hpp"
#include "formats/yaml/yaml_front_matter.hpp"
#include "formats/wordpress/wordpress_export.hpp"
#include "formats/yaml/yaml_front_matter_writer.hpp"

namespace folio {

namespace {

// Static constant data: no registration at start-up.
constexpr std::array kFrontMatterFormats{
    FrontMatterFormat{"yaml", FrontMatterSyntax::yaml, &decode_yaml_front_matter,
                      &write_yaml_front_matter_block},
    FrontMatterFormat{"toml", FrontMatterSyntax::toml, &decode_toml_front_matter,
                      &write_toml_front_matter_block},
    // Read only: no style and no writer asks for JSON front matter.
    FrontMatterFormat{"json", FrontMatterSyntax::json, &decode_json_front_matter, nullptr},
};

// MDX is read as Markdown: its import/export statements are set apart by the pipeline, and
// its JSX components are raw HTML to CommonMark.
constexpr std::array<std::string_view, 4> kMarkdownExtensions{"md", "markdown", "mdown", "mdx"};

constexpr std::array<std::string_view, 2> kHtmlExtensions{"html", "htm"};

// The first one reads standard input and unknown extensions.
constexpr std::array kBodyFormats{
    BodyFormat{"markdown", kMarkdownExtensions, &read_markdown_body,
               &write_markdown_body_with_warnings},
    // Read only: posts written in HTML (Jekyll's and Hugo's .html content, exported posts)
    // are written out in the target's own format.
    BodyFormat{"html", kHtmlExtensions, &read_html_body, nullptr},
};

constexpr std::array kWriters{
    WriterFormat{"epub", "an EPUB 3 book, a chapter per article", "docs/formats/epub.md"},
    WriterFormat{"feed", "an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed of the newest articles",
                 "docs/formats/feeds.md"},
    WriterFormat{"hugo", "Hugo page bundles with TOML front matter", "docs/formats/hugo.md"},
    WriterFormat{"markdown", "Markdown with YAML (style a or b) or TOML front matter",
                 "docs/migration.md"},
    WriterFormat{"html", "a static HTML site that works from disk or any web server",
                 "docs/formats/html.md"},
    WriterFormat{"migrate", "another engine's site: layout, front matter, files and links",
                 "docs/migration.md"},
};

constexpr std::array<std::string_view, 1> kWordPressExtensions{"xml"};
constexpr std::array<std::string_view, 1> kGhostExtensions{"json"};

constexpr std::array kExportFormats{
    ExportFormat{"wordpress", kWordPressExtensions, &recognises_wordpress_export,
                 &read_wordpress_export},
    ExportFormat{"ghost", kGhostExtensions, &is_ghost_export, &read_ghost_export},
};

}  // namespace

const Registry& builtin_formats() {
    static const Registry registry{kFrontMatterFormats, kBodyFormats, kWriters,
                                   kExportFormats};
    return registry;
}

LoadOptions builtin_load_options() {
    LoadOptions options;
    options.read.formats = &builtin_formats();
    return options;
}

}  // namespace folio
