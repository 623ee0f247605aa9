#include "src/meta/engine_profile.hpp"

#include <array>
#include <cctype>

#include "src/text/ascii_digits.hpp"

namespace folio {

namespace {

using F = MetaField;

// Every profile reads `guid` and `url`: a migration keeps them whatever the engine, and a
// feed's GUIDs must survive it. docs/migration.md has these tables for users.

constexpr std::array kHugoKeys{
    KeyMeaning{"title", F::title},         KeyMeaning{"date", F::date},
    KeyMeaning{"lastmod", F::updated},     KeyMeaning{"updated", F::updated},
    KeyMeaning{"modified", F::updated},    KeyMeaning{"summary", F::summary},
    KeyMeaning{"description", F::description},
    KeyMeaning{"tags", F::tags},           KeyMeaning{"categories", F::categories},
    // `author` first: it is the key a migration writes (PaperMod's), as `folio hugo` always did.
    KeyMeaning{"author", F::authors},      KeyMeaning{"authors", F::authors},
    KeyMeaning{"cover", F::cover},         KeyMeaning{"draft", F::draft},
    KeyMeaning{"slug", F::slug},           KeyMeaning{"language", F::language},
    KeyMeaning{"lang", F::language},       KeyMeaning{"url", F::url},
    KeyMeaning{"guid", F::guid},
    // Hugo reads front-matter keys in any case; these are the spellings its docs and themes use.
    KeyMeaning{"expiryDate", F::expires},
    KeyMeaning{"expirydate", F::expires},
    KeyMeaning{"unpublishdate", F::expires},
};
// Hugo's default `frontmatter.date` configuration falls back on these, in this order.
constexpr std::array kHugoFallbacks{
    KeyMeaning{"publishDate", F::date},
    KeyMeaning{"pubdate", F::date},
    KeyMeaning{"published", F::date},
};

constexpr std::array kJekyllKeys{
    KeyMeaning{"title", F::title},          KeyMeaning{"date", F::date},
    KeyMeaning{"last_modified_at", F::updated},
    KeyMeaning{"excerpt", F::summary},      KeyMeaning{"description", F::description},
    KeyMeaning{"tags", F::tags},            KeyMeaning{"categories", F::categories},
    KeyMeaning{"category", F::categories},  KeyMeaning{"author", F::authors},
    KeyMeaning{"authors", F::authors},      KeyMeaning{"image", F::cover_image},
    KeyMeaning{"published", F::published},  KeyMeaning{"draft", F::draft},
    KeyMeaning{"slug", F::slug},            KeyMeaning{"lang", F::language},
    KeyMeaning{"language", F::language},    KeyMeaning{"guid", F::guid},
};

// The Astro blog template's content collection, and AstroPaper's names for the same fields.
constexpr std::array kAstroKeys{
    KeyMeaning{"title", F::title},            KeyMeaning{"pubDate", F::date},
    KeyMeaning{"pubDatetime", F::date},       KeyMeaning{"date", F::date},
    KeyMeaning{"updatedDate", F::updated},    KeyMeaning{"modDatetime", F::updated},
    KeyMeaning{"description", F::description},
    KeyMeaning{"heroImage", F::cover_image},  KeyMeaning{"ogImage", F::cover_image},
    KeyMeaning{"tags", F::tags},              KeyMeaning{"draft", F::draft},
    KeyMeaning{"author", F::authors},         KeyMeaning{"authors", F::authors},
    KeyMeaning{"slug", F::slug},              KeyMeaning{"lang", F::language},
    KeyMeaning{"language", F::language},      KeyMeaning{"guid", F::guid},
};

// eleventy-base-blog's posts.
constexpr std::array kEleventyKeys{
    KeyMeaning{"title", F::title},        KeyMeaning{"date", F::date},
    KeyMeaning{"description", F::description},
    KeyMeaning{"summary", F::summary},    KeyMeaning{"excerpt", F::summary},
    KeyMeaning{"tags", F::tags},          KeyMeaning{"draft", F::draft},
    KeyMeaning{"author", F::authors},     KeyMeaning{"authors", F::authors},
    KeyMeaning{"image", F::cover_image},  KeyMeaning{"lang", F::language},
    KeyMeaning{"language", F::language},  KeyMeaning{"guid", F::guid},
};

// The Next.js blog-starter (`coverImage`, `author: {name, picture}`, `ogImage: {url}`), MDX
// starters (`summary`, `lastmod`, `images`), and today's style A names.
constexpr std::array kNextjsKeys{
    KeyMeaning{"title", F::title},              KeyMeaning{"date", F::date},
    KeyMeaning{"lastmod", F::updated},          KeyMeaning{"excerpt", F::summary},
    KeyMeaning{"summary", F::summary},          KeyMeaning{"description", F::description},
    KeyMeaning{"coverImage", F::cover_image},   KeyMeaning{"featuredImage", F::cover_image},
    KeyMeaning{"tags", F::tags},                KeyMeaning{"category", F::categories},
    KeyMeaning{"categories", F::categories},    KeyMeaning{"author", F::authors},
    KeyMeaning{"authors", F::authors},          KeyMeaning{"draft", F::draft},
    KeyMeaning{"slug", F::slug},                KeyMeaning{"language", F::language},
    KeyMeaning{"lang", F::language},            KeyMeaning{"guid", F::guid},
};
constexpr std::array kNextjsFallbacks{
    KeyMeaning{"ogImage", F::cover_image},
};

// gatsby-starter-blog (`description`), and today's style A names.
constexpr std::array kGatsbyKeys{
    KeyMeaning{"title", F::title},              KeyMeaning{"date", F::date},
    KeyMeaning{"excerpt", F::summary},          KeyMeaning{"description", F::description},
    KeyMeaning{"featuredImage", F::cover_image},
    KeyMeaning{"featuredimage", F::cover_image},  // the same key after Hugo lowercased it
    KeyMeaning{"tags", F::tags},                KeyMeaning{"category", F::categories},
    KeyMeaning{"author", F::authors},           KeyMeaning{"authors", F::authors},
    KeyMeaning{"draft", F::draft},              KeyMeaning{"slug", F::slug},
    KeyMeaning{"language", F::language},        KeyMeaning{"lang", F::language},
    KeyMeaning{"guid", F::guid},
};

constexpr std::array<std::string_view, 1> kHugoSectionIndexes{"_index"};

using S = FrontMatterSyntax;

// Each engine's starter layout, where a migration writes: the layouts `hugo new`, Jekyll's
// docs, the Astro blog template, eleventy-base-blog, Next.js's blog-starter and
// gatsby-starter-blog use.
// A page of the site: at the content folder's root, in no list or feed (`_build`, which
// Hugo 0.111 reads and later versions still do).
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kHugoPageKeys{
    {{"_build.list", "never"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kJekyllPageKeys{
    {{"layout", "page"}, {"permalink", "/{slug}/"}}};
constexpr EngineOutput kHugoOutput{"content/posts/{slug}/index.md", "", "{dir}", "{name}", "",
                                   "", "/posts/:slug/", S::toml, true, true, false,
                                   "content/{slug}.md", "/:slug/", kHugoPageKeys, {}, {}};
constexpr EngineOutput kJekyllOutput{"_posts/{date}-{slug}.md", "_drafts/{slug}.md",
                                     "assets/{slug}", "/assets/{slug}/{name}", "", "",
                                     "/:categories/:year/:month/:day/:slug.html", S::yaml, false,
                                     false, false, "{slug}.md", "/:slug/", kJekyllPageKeys, {},
                                     {}};
// A page's `layout` is an import: Vite reads `/src/...` from the project's root.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kAstroSitePageKeys{
    {{"layout", "/src/layouts/FolioPage.astro"}}};
// Images next to the post, where Astro's image pipeline finds them; other files in public/,
// which Astro serves as they are.
constexpr EngineOutput kAstroOutput{"src/content/blog/{slug}.{ext}", "", "src/content/blog/{slug}",
                                    "./{slug}/{name}", "public/assets/blog/{slug}",
                                    "/assets/blog/{slug}/{name}", "/blog/:slug/", S::yaml, false,
                                    false, true, "src/pages/{slug}.md", "/:slug/", {},
                                    "src/layouts/FolioPage.astro", kAstroSitePageKeys};
// Eleventy finds a layout by its name in `_includes/`.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kEleventySitePageKeys{
    {{"layout", "folio-page.11ty.cjs"}}};
// `posts/<slug>.md` renders to `/posts/<slug>/`: files copied to `posts/<slug>/` sit there.
constexpr EngineOutput kEleventyOutput{"posts/{slug}.md", "", "posts/{slug}", "{name}", "", "",
                                       "/posts/:slug/", S::yaml, false, false, true, "{slug}.md",
                                       "/:slug/", {}, "_includes/folio-page.11ty.cjs",
                                       kEleventySitePageKeys};
constexpr EngineOutput kNextjsOutput{"_posts/{slug}.{ext}", "", "public/assets/blog/{slug}",
                                     "/assets/blog/{slug}/{name}", "", "", "/posts/:slug",
                                     S::yaml, false, false, true, {}, {}, {}, {}, {}};
constexpr EngineOutput kGatsbyOutput{"content/blog/{slug}/index.{ext}", "", "{dir}", "./{name}",
                                     "", "", "/:slug/", S::yaml, false, false, true, {}, {}, {}, {}, {}};

// Keys only the engine reads, with a meaning no other engine gives them: template and
// output settings. Chirpy's `comments`, `toc` or `math` are not here: other engines ignore
// them, and a theme of the target may read them the same way.
constexpr std::array<std::string_view, 9> kHugoOnlyKeys{
    "layout", "type", "outputs", "build", "_build", "cascade", "menu", "headless", "markup"};
constexpr std::array<std::string_view, 3> kJekyllOnlyKeys{"layout", "permalink",
                                                          "render_with_liquid"};
constexpr std::array<std::string_view, 1> kAstroOnlyKeys{"layout"};
constexpr std::array<std::string_view, 6> kEleventyOnlyKeys{
    "layout", "permalink", "eleventyExcludeFromCollections", "eleventyNavigation",
    "eleventyComputed", "pagination"};
constexpr std::array<std::string_view, 1> kNextjsOnlyKeys{"layout"};
constexpr std::array<std::string_view, 2> kGatsbyOnlyKeys{"layout", "templateKey"};

// Where each engine's sites keep their pages (`EnginePages`).
constexpr std::array<std::string_view, 1> kJekyllPageFolders{"_pages"};
constexpr std::array<std::string_view, 4> kHugoPostSections{"posts", "post", "blog", "articles"};
constexpr std::array<std::string_view, 1> kAstroPageFolders{"src/pages"};
constexpr std::array<std::string_view, 3> kAstroPostCollections{"blog", "posts", "post"};
constexpr std::array<std::string_view, 2> kNextjsPageFolders{"pages", "app"};
constexpr EnginePages kJekyllPages{kJekyllPageFolders, true, false, {}};
constexpr EnginePages kHugoPages{{}, false, true, kHugoPostSections};
constexpr EnginePages kAstroPages{kAstroPageFolders, false, false, kAstroPostCollections};
constexpr EnginePages kEleventyPages{{}, false, true, {}};
constexpr EnginePages kNextjsPages{kNextjsPageFolders, false, false, {}};

constexpr std::array kProfiles{
    EngineProfile{"hugo", FrontMatterStyle::b, kHugoKeys, kHugoFallbacks, false,
                  kHugoSectionIndexes, true, true, {}, {true, false}, kHugoOutput, kHugoOnlyKeys, kHugoPages},
    EngineProfile{"jekyll", FrontMatterStyle::b, kJekyllKeys, {}, true, {}, false, false,
                  "_drafts", {false, true}, kJekyllOutput, kJekyllOnlyKeys, kJekyllPages},
    EngineProfile{"astro", FrontMatterStyle::b, kAstroKeys, {}, false, {}, false, false, {}, {},
                  kAstroOutput, kAstroOnlyKeys, kAstroPages},
    // Eleventy runs Markdown through Liquid first, as Jekyll does.
    EngineProfile{"eleventy", FrontMatterStyle::b, kEleventyKeys, {}, false, {}, false, false, {},
                  {false, true}, kEleventyOutput, kEleventyOnlyKeys, kEleventyPages},
    EngineProfile{"nextjs", FrontMatterStyle::a, kNextjsKeys, kNextjsFallbacks, false, {},
                  false, false, {}, {}, kNextjsOutput, kNextjsOnlyKeys, kNextjsPages},
    EngineProfile{"gatsby", FrontMatterStyle::a, kGatsbyKeys, {}, false, {}, false, false, {}, {},
                  kGatsbyOutput, kGatsbyOnlyKeys, {}},
};

// ISO 639-1, the two-letter codes Hugo sites name their languages with.
constexpr std::string_view kIso639_1 =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu";

bool is_iso639_1(std::string_view code) {
    if (code.size() != 2) return false;
    for (std::size_t at = 0; at + 2 <= kIso639_1.size(); at += 3) {
        if (kIso639_1.substr(at, 2) == code) return true;
    }
    return false;
}

}  // namespace

std::span<const EngineProfile> engine_profiles() { return kProfiles; }

const EngineProfile* find_engine_profile(std::string_view name) {
    for (const EngineProfile& profile : kProfiles) {
        if (profile.name == name) return &profile;
    }
    return nullptr;
}

std::string engine_profile_names() {
    std::string names;
    for (const EngineProfile& profile : kProfiles) {
        if (!names.empty()) names += ", ";
        names += profile.name;
    }
    return names;
}

std::optional<FileNameDate> date_from_file_name(std::string_view stem) {
    // `YYYY-MM-DD-` and at least one character of title, as Jekyll's post pattern requires.
    if (stem.size() < 12 || stem[4] != '-' || stem[7] != '-' || stem[10] != '-') return std::nullopt;
    if (!all_ascii_digits(stem.substr(0, 4)) || !all_ascii_digits(stem.substr(5, 2)) ||
        !all_ascii_digits(stem.substr(8, 2)))
        return std::nullopt;
    const std::optional<Date> date = parse_date(stem.substr(0, 10));
    if (!date || !date_problem(*date).empty()) return std::nullopt;
    return FileNameDate{*date, std::string(stem.substr(11))};
}

std::string language_in_file_name(std::string_view stem) {
    const std::size_t dot = stem.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string code(stem.substr(dot + 1));
    for (char& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t dash = code.find('-');
    if (!is_iso639_1(code.substr(0, dash))) return {};
    if (dash != std::string::npos) {
        // A region: two letters or three digits (`pt-br`, `es-419`).
        const std::string_view region = std::string_view(code).substr(dash + 1);
        const bool letters = region.size() == 2 && std::isalpha(static_cast<unsigned char>(region[0])) &&
                             std::isalpha(static_cast<unsigned char>(region[1]));
        if (!letters && !(region.size() == 3 && all_ascii_digits(region))) return {};
    }
    return code;
}

}  // namespace folio
