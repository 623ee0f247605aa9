// bytes → read_article → a one-chapter EPUB built by the real writer, unzipped again: every
// XML file in it (chapter XHTML, nav, OPF, NCX, container) must be well-formed, and no image
// reference may make the writer read outside the article's folder or the static folder.

#include <zip.h>

#include <memory>
#include <string>
#include <vector>

#include "formats/epub/epub_writer.hpp"
#include "fuzz/fuzz_support.hpp"

namespace {

bool is_xml_name(std::string_view name) {
    for (std::string_view suffix : {".xhtml", ".opf", ".ncx", ".xml"}) {
        if (name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix)
            return true;
    }
    return false;
}

void check_book(const std::string& book) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(book.data(), book.size(), 0, &error);
    if (source == nullptr) folio::fuzz::fail("EPUB: zip source", zip_error_strerror(&error));
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        folio::fuzz::fail("EPUB is not a valid zip", zip_error_strerror(&error));
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
        if (name == nullptr || !is_xml_name(name)) continue;
        zip_stat_t stat;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
        std::string bytes(stat.size, '\0');
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) folio::fuzz::fail("EPUB: cannot open entry", name);
        const zip_int64_t got = zip_fread(file, bytes.data(), bytes.size());
        zip_fclose(file);
        if (got != static_cast<zip_int64_t>(bytes.size()))
            folio::fuzz::fail("EPUB: short entry", name);
        folio::fuzz::require_utf8(bytes, std::string("EPUB ") + name);
        folio::fuzz::require_well_formed_xml(bytes, std::string("EPUB ") + name);
    }
    zip_discard(archive);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    folio::Diagnostics diagnostics;
    std::optional<folio::Article> article = folio::fuzz::read_input(data, size, diagnostics);
    if (!article) return 0;

    std::vector<folio::Article> articles;
    articles.push_back(*article);
    std::vector<folio::epub::ChapterPlan> plan = folio::epub::plan_chapters(
        articles, folio::epub::ChapterOrder::date, folio::epub::GroupBy::category);

    folio::epub::BookSettings settings;
    settings.title = "Fuzz";
    settings.author = "Fuzzer";
    settings.language = "en";
    settings.locate_image = folio::fuzz::locate_site_image;
    settings.has_static_dir = true;
    settings.base_url = "https://example.org/blog/";
    settings.modified = 0;
    const std::unique_ptr<folio::ResourceReader> resources = folio::fuzz::site_resources();
    // The writer streams the book to a sink; here the sink is a string, unzipped afterwards.
    std::string book;
    {
        folio::epub::EpubWriter writer(
            settings, plan, *resources, [&book](std::string_view bytes) { book += bytes; },
            diagnostics);
        writer.add_chapter(articles.front(), diagnostics);
        writer.finish();
    }
    check_book(book);
    return 0;
}
