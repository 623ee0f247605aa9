#include "formats/hugo/hugo_writer.hpp"

#include "src/images/bundle_images.hpp"
#include "formats/markdown/markdown_article_writer.hpp"
#include "formats/markdown/markdown_writer.hpp"
#include "src/meta/front_matter_for_style.hpp"
#include "src/render/title_heading.hpp"

namespace folio {

std::vector<OutputFile> write_hugo_page(Article page, const HugoOptions& options,
                                        const ResourceReader& resources, Diagnostics& diagnostics) {
    const std::string folder = options.section.empty() ? "" : options.section + '/';
    std::vector<OutputFile> files;
    std::string page_path;
    if (options.bundles) {
        const std::string bundle = folder + page.slug;
        if (options.locate_image)
            files = bundle_images(page, bundle, options.locate_image, resources, diagnostics);
        page_path = bundle + "/index.md";
    } else {
        page_path = folder + page.slug + ".md";
    }

    FrontMatterExtras extras;
    if (options.old_url) {
        std::string alias = options.old_url(page);
        // An alias equal to the page's own URL would make Hugo write the redirect over the page.
        if (!alias.empty() && alias != '/' + folder + page.slug + '/')
            extras.aliases.push_back(std::move(alias));
    }
    const StyledFrontMatter styled =
        front_matter_for_style(page.meta, FrontMatterTarget::hugo_toml, extras);
    report_front_matter_changes(styled, FrontMatterTarget::hugo_toml, page.source, diagnostics);

    std::string text = hugo_front_matter_block(styled.entries, page.source, diagnostics);
    std::vector<MisnestedInlines> misnested;
    const std::string body =
        write_markdown_body(body_without_title_heading(page), page.footnotes, &misnested);
    report_misnested_emphasis(misnested, page.source, diagnostics);
    if (!body.empty()) text += '\n' + body;
    files.insert(files.begin(), OutputFile{std::move(page_path), std::move(text)});
    return files;
}

}  // namespace folio
