#include "src/serve/live_reload.hpp"

#include "src/render/html_escape.hpp"

namespace folio::serve {

namespace {

// Compared as text: a generation is a number, and any other value (the stream of a server
// started again) reloads too.
std::string reload_script(std::uint64_t generation) {
    return "<script>(function(){var served=\"" + std::to_string(generation) +
           "\";var events=new EventSource(\"" + std::string(kReloadEventsPath) +
           "\");events.onmessage=function(e){if(e.data!==served){events.close();"
           "location.reload();}};})();</script>";
}

std::string problems_box(std::string_view problems) {
    std::string box =
        "<div id=\"folio-problems\" role=\"alert\" style=\"position:fixed;inset:auto 1rem 1rem "
        "1rem;z-index:2147483647;max-height:50vh;overflow:auto;background:#fff0f0;color:#600;"
        "border:2px solid #c00;border-radius:6px;padding:1rem;font:14px/1.4 monospace;"
        "box-shadow:0 4px 16px rgba(0,0,0,.3)\"><button type=\"button\" style=\"float:right\" "
        "onclick=\"this.parentNode.remove()\">Close</button><strong>folio serve: the site is "
        "built without these changes</strong><pre style=\"white-space:pre-wrap;margin:.5rem 0 "
        "0\">";
    append_escaped_html(box, problems);
    box += "</pre></div>";
    return box;
}

}  // namespace

std::string with_live_reload(std::string_view html, std::uint64_t generation,
                             std::string_view problems) {
    std::string added = reload_script(generation);
    if (!problems.empty()) added = problems_box(problems) + added;
    const std::size_t body_end = html.rfind("</body>");
    std::string out;
    out.reserve(html.size() + added.size());
    if (body_end == std::string_view::npos) {
        out.append(html);
        out += added;
    } else {
        out.append(html.substr(0, body_end));
        out += added;
        out.append(html.substr(body_end));
    }
    return out;
}

std::string problems_page(std::uint64_t generation, std::string_view problems) {
    std::string page =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1\"><title>folio serve: error</title></head>"
        "<body style=\"font:16px/1.5 system-ui,sans-serif;margin:2rem\"><h1>This article does "
        "not read</h1><p>folio serve shows its page again once the file is fixed.</p><pre "
        "style=\"white-space:pre-wrap;background:#fff0f0;color:#600;padding:1rem\">";
    append_escaped_html(page, problems);
    page += "</pre></body></html>\n";
    return with_live_reload(page, generation, {});
}

}  // namespace folio::serve
