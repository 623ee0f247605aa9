#include "src/text/json_writer.hpp"
#include "src/verify/verify_site.hpp"

namespace folio::verify {

namespace {

const char* outcome_name(Outcome outcome) {
    switch (outcome) {
        case Outcome::page: return "page";
        case Outcome::external: return "external";
        case Outcome::missing: return "missing";
        case Outcome::gone: return "gone";
        case Outcome::loop: return "loop";
        case Outcome::too_long: return "too-many-redirects";
    }
    return "missing";
}

}  // namespace

std::string verify_report_json(const VerifyResult& result, const Diagnostics& diagnostics) {
    std::string out;
    JsonWriter json(out);
    json.begin_object();
    json.key("summary");
    json.begin_object();
    json.field("old_urls", static_cast<std::int64_t>(result.old_urls.size()));
    json.field("old_urls_reaching", static_cast<std::int64_t>(result.old_reaching));
    json.field("old_urls_failing", static_cast<std::int64_t>(result.old_urls.size() - result.old_reaching));
    json.field("pages", static_cast<std::int64_t>(result.pages));
    json.field("redirect_rules", static_cast<std::int64_t>(result.redirect_rules));
    json.field("links_checked", static_cast<std::int64_t>(result.links_checked));
    json.field("links_external", static_cast<std::int64_t>(result.links_external));
    json.field("links_broken", static_cast<std::int64_t>(result.links_broken));
    json.field("ok", !result.failed());
    json.end_object();

    json.key("old_urls");
    json.begin_array();
    for (const OldUrlCheck& check : result.old_urls) {
        json.begin_object();
        json.field("url", check.old.url);
        json.field("path", check.path);
        json.field("outcome", outcome_name(check.resolution.outcome));
        json.field("reached", check.resolution.reached());
        if (!check.old.expected.empty()) {
            json.field("expected", check.old.expected);
            json.field("as_expected", check.as_expected);
        }
        json.field("final", check.resolution.final_path);
        if (check.resolution.outcome == Outcome::page) json.field("file", check.resolution.file);
        json.key("redirects");
        json.begin_array();
        for (const Hop& hop : check.resolution.hops) {
            json.begin_object();
            json.field("to", hop.to);
            json.field("via", hop.via);
            if (hop.status != 0) json.field("status", hop.status);
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();

    json.key("problems");
    json.begin_array();
    for (const Diagnostic& d : diagnostics.items()) {
        json.begin_object();
        json.field("severity", d.severity == Severity::error     ? "error"
                               : d.severity == Severity::warning ? "warning"
                                                                 : "note");
        json.field("code", d.code);
        json.field("where", d.path);
        if (d.line > 0) json.field("line", static_cast<std::int64_t>(d.line));
        if (d.column > 0) json.field("column", static_cast<std::int64_t>(d.column));
        json.field("message", d.message);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out += '\n';
    return out;
}

}  // namespace folio::verify
