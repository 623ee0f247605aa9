#include "src/verify/redirect_files.hpp"

#include <fstream>
#include <sstream>

namespace folio::verify {

Diagnostic diagnostic_at_offset(Severity severity, std::string code, std::string message,
                                const std::string& file, std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::uint32_t column = 1;
    for (std::size_t i = line_start; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    std::string source_line(text.substr(line_start, line_end - line_start));
    if (!source_line.empty() && source_line.back() == '\r') source_line.pop_back();
    return Diagnostic{severity, std::move(code), std::move(message), file, line, column,
                      std::move(source_line)};
}

std::vector<RedirectRule> read_redirect_file(const std::string& path, Diagnostics& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.report(Diagnostic{Severity::error, "verify.redirects", "cannot read the redirect file",
                                      path, 0, 0, {}});
        return {};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const std::string name = path.substr(path.find_last_of('/') + 1);
    const auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".json")) return parse_vercel_json(text, path, diagnostics);
    if (ends_with(".htaccess")) return parse_htaccess(text, path, diagnostics);
    if (ends_with(".toml")) return parse_netlify_toml(text, path, diagnostics);
    if (ends_with(".conf") || ends_with(".map") || name.find("nginx") != std::string::npos)
        return parse_nginx_redirects(text, path, diagnostics);
    return parse_netlify_redirects(text, path, diagnostics);
}

}  // namespace folio::verify
