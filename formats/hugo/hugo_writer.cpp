#include "formats/hugo/hugo_writer.hpp"

#include "src/images/bundle_images.hpp"
#include "src/output/article_file.hpp"

namespace folio {

std::vector<OutputFile> write_hugo_page(Article page, const HugoOptions& options,
                                        const ResourceReader& resources, const Registry& formats,
                                        Diagnostics& diagnostics, const WrittenBody* written) {
    const std::string folder = options.section.empty() ? "" : options.section + '/';
    std::vector<OutputFile> files;
    std::string page_path;
    ArticleFileOptions file;
    if (options.bundles) {
        const std::string bundle = folder + page.slug;
        if (options.locate_image)
            files = bundle_images(page, bundle, options.locate_image, resources, diagnostics,
                                  written ? &file.moved : nullptr);
        page_path = bundle + "/index.md";
    } else {
        page_path = folder + page.slug + ".md";
    }

    file.target = FrontMatterTarget::hugo_toml;
    // Hugo content is Markdown.
    file.body_format = "markdown";
    file.without_title_heading = true;
    file.written_body = written;
    file.written_front_matter = written ? &written->front_matter : nullptr;
    file.source_engine = options.source_engine;
    file.target_engine = find_engine_profile("hugo");
    file.article_reference = options.article_reference;
    if (options.old_url) {
        std::string alias = options.old_url(page);
        // An alias equal to the page's own URL would make Hugo write the redirect over the page.
        if (!alias.empty() && alias != '/' + folder + page.slug + '/')
            file.extras.aliases.push_back(std::move(alias));
    }
    std::string text = write_article_file(page, file, formats, diagnostics);
    files.insert(files.begin(), OutputFile{std::move(page_path), std::move(text)});
    return files;
}

}  // namespace folio
