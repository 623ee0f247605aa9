#include "pipeline/load_articles.hpp"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <thread>

#include "text/mojibake.hpp"
#include "text/slug.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

bool is_article_file(const fs::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".md" || ext == ".markdown" || ext == ".mdown";
}

Diagnostic input_error(std::string code, std::string message, std::string path) {
    Diagnostic d;
    d.severity = Severity::error;
    d.code = std::move(code);
    d.message = std::move(message);
    d.path = std::move(path);
    return d;
}

struct Slot {
    std::optional<Article> article;
    Diagnostics diagnostics;
};

void load_one(const std::string& path, const LoadOptions& options, Slot& slot) {
    std::optional<std::string> bytes = read_file_bytes(path, slot.diagnostics);
    if (!bytes) return;
    if (options.fix_mojibake) *bytes = repair_mojibake(*bytes);
    const SourceText source(path, *bytes);
    slot.article = read_article(source, options.read, slot.diagnostics);
    if (slot.article && options.hook) options.hook(source, *slot.article, slot.diagnostics);
}

}  // namespace

std::optional<std::string> read_file_bytes(const std::string& path, Diagnostics& diagnostics) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.report(input_error("input.unreadable",
                                       std::string("cannot read file: ") + std::strerror(errno),
                                       path));
        return std::nullopt;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        diagnostics.report(input_error("input.unreadable", "cannot read file", path));
        return std::nullopt;
    }
    return bytes;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& arguments,
                                        Diagnostics& diagnostics) {
    std::vector<std::string> paths;
    for (const std::string& argument : arguments) {
        if (argument == "-") {
            paths.push_back(argument);
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(argument, ec);
        if (ec || !fs::exists(status)) {
            diagnostics.report(input_error("input.missing", "no such file or directory", argument));
            continue;
        }
        if (!fs::is_directory(status)) {
            paths.push_back(argument);
            continue;
        }
        std::vector<std::string> found;
        for (fs::recursive_directory_iterator it(argument, ec), end; !ec && it != end;
             it.increment(ec)) {
            if (it->is_regular_file(ec) && is_article_file(it->path())) {
                found.push_back(it->path().generic_string());
            }
        }
        if (ec) {
            diagnostics.report(input_error("input.unreadable",
                                           "cannot list directory: " + ec.message(), argument));
        }
        std::sort(found.begin(), found.end());
        paths.insert(paths.end(), found.begin(), found.end());
    }
    return paths;
}

LoadedArticles load_articles(const std::vector<std::string>& paths, const LoadOptions& options) {
    std::vector<Slot> slots(paths.size());
    unsigned threads = options.threads != 0 ? options.threads : std::thread::hardware_concurrency();
    threads = std::clamp<unsigned>(threads, 1, static_cast<unsigned>(std::max<std::size_t>(1, paths.size())));

    // Workers take the next file from a shared counter, so one slow article does not hold up a
    // whole share; results land in their input slot, which keeps the output order fixed.
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < paths.size(); i = next++) {
            load_one(paths[i], options, slots[i]);
        }
    };
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    pool.clear();  // joins

    LoadedArticles loaded;
    loaded.articles.reserve(paths.size());
    for (Slot& slot : slots) {
        loaded.diagnostics.append(slot.diagnostics);
        if (slot.article) loaded.articles.push_back(std::move(*slot.article));
    }
    assign_slugs(loaded.articles, loaded.diagnostics);
    return loaded;
}

void assign_slugs(std::vector<Article>& articles, Diagnostics& diagnostics) {
    std::set<std::string> taken;
    for (Article& article : articles) {
        std::string base = slugify(article.meta.slug);
        if (base.empty() && article.source.path != "-") base = slugify(article_stem(article.source.path));
        if (base.empty()) base = slugify(article.meta.title);
        if (base.empty()) base = "article";
        std::string slug = base;
        for (int n = 2; taken.count(slug) != 0; ++n) slug = base + "-" + std::to_string(n);
        if (slug != base) {
            Diagnostic d;
            d.severity = Severity::warning;
            d.code = "slug.duplicate";
            d.message = "slug '" + base + "' is already used by another article; this one becomes '" +
                        slug + "'";
            d.path = article.source.path;
            d.line = 1;
            d.column = 1;
            for (const auto& [key, at] : article.source.key_positions) {
                if (key == "slug" && !article.meta.slug.empty()) {
                    d.line = at.line;
                    d.column = at.column;
                }
            }
            diagnostics.report(std::move(d));
        }
        taken.insert(slug);
        article.slug = std::move(slug);
    }
}

}  // namespace folio
