#include <cctype>

#include "src/verify/redirect_files.hpp"

namespace folio::verify {

namespace {

struct Token {
    std::string text;
    std::size_t offset = 0;
    bool quoted = false;
};

// nginx's configuration words: blanks separate, `;`, `{` and `}` are words of their own,
// quotes enclose, `#` comments to the end of the line.
std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (c == ';' || c == '{' || c == '}') {
            tokens.push_back(Token{std::string(1, c), i, false});
            ++i;
        } else if (c == '"' || c == '\'') {
            Token token{{}, i, true};
            for (++i; i < text.size() && text[i] != c; ++i) {
                if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == c || text[i + 1] == '\\')) ++i;
                token.text += text[i];
            }
            ++i;
            tokens.push_back(std::move(token));
        } else {
            Token token{{}, i, false};
            while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) && text[i] != ';' &&
                   text[i] != '{' && text[i] != '}')
                token.text += text[i++];
            tokens.push_back(std::move(token));
        }
    }
    return tokens;
}

// PCRE's named groups (`(?<slug>...)`, `(?P<slug>...)`) as plain ones, their names in order.
std::string ecmascript_pattern(std::string_view pcre, std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < pcre.size(); ++i) {
        if (pcre[i] == '\\' && i + 1 < pcre.size()) {
            out += pcre.substr(i, 2);
            ++i;
            continue;
        }
        if (pcre[i] == '(') {
            std::string_view rest = pcre.substr(i + 1);
            if (rest.substr(0, 3) == "?P<") rest.remove_prefix(1);
            if (rest.substr(0, 2) == "?<" && rest.size() > 2 && rest[2] != '=' && rest[2] != '!') {
                const std::size_t close = rest.find('>');
                if (close != std::string_view::npos) {
                    names.emplace_back(rest.substr(2, close - 2));
                    out += '(';
                    i += static_cast<std::size_t>(rest.data() - pcre.data()) - i + close;
                    continue;
                }
            }
            if (rest.empty() || rest.front() != '?') names.emplace_back();
        }
        out += pcre[i];
    }
    return out;
}

}  // namespace

std::vector<RedirectRule> parse_nginx_redirects(std::string_view text, const std::string& file,
                                                Diagnostics& diagnostics) {
    const std::vector<Token> tokens = tokens_of(text);
    // The status a map's variable is returned with (`return 301 $new_uri;`); 301 when none.
    int map_status = 301;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].text == "return" && tokens[i + 1].text.size() == 3 &&
            std::isdigit(static_cast<unsigned char>(tokens[i + 1].text[0])))
            map_status = std::stoi(tokens[i + 1].text);
    }
    std::vector<RedirectRule> exact;
    std::vector<RedirectRule> patterns;
    const auto add = [&](const Token& key, std::string to, int status, bool regex, bool icase) {
        RedirectRule rule;
        rule.file = file;
        rule.line = diagnostic_at_offset(Severity::note, "", "", file, text, key.offset).line;
        rule.to = std::move(to);
        rule.status = status;
        rule.before_files = true;  // a server-level return or rewrite answers before try_files
        if (!regex) {
            rule.kind = PatternKind::regex;
            rule.from = key.text;
            // An exact key, as a pattern of itself.
            std::string escaped;
            for (const char c : key.text) {
                if (std::string_view(".+*?^$|[]{}()\\").find(c) != std::string_view::npos) escaped += '\\';
                escaped += c;
            }
            rule.regex = std::make_shared<const std::regex>(escaped, std::regex::ECMAScript);
            exact.push_back(std::move(rule));
            return;
        }
        rule.kind = PatternKind::regex;
        rule.whole_path = false;
        rule.from = key.text;
        try {
            auto flags = std::regex::ECMAScript;
            if (icase) flags |= std::regex::icase;
            rule.regex = std::make_shared<const std::regex>(ecmascript_pattern(key.text, rule.group_names), flags);
        } catch (const std::regex_error&) {
            diagnostics.report(diagnostic_at_offset(Severity::warning, "verify.redirects.syntax",
                                                    "a pattern it cannot read: '" + key.text + "'; not evaluated",
                                                    file, text, key.offset));
            return;
        }
        patterns.push_back(std::move(rule));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].text == "map" && !tokens[i].quoted) {
            // map $uri $new { key value; ... }: exact keys first, then patterns in order.
            std::size_t j = i + 1;
            while (j < tokens.size() && tokens[j].text != "{") ++j;
            for (++j; j < tokens.size() && tokens[j].text != "}"; ++j) {
                std::vector<const Token*> entry;
                while (j < tokens.size() && tokens[j].text != ";" && tokens[j].text != "}") entry.push_back(&tokens[j++]);
                if (j < tokens.size() && tokens[j].text == "}") --j;
                if (entry.size() != 2) continue;  // `hostnames;`, `volatile;`
                const std::string& key = entry[0]->text;
                if (!entry[0]->quoted && (key == "default" || key == "include")) continue;
                if (key.rfind("~*", 0) == 0)
                    add(Token{key.substr(2), entry[0]->offset, true}, entry[1]->text, map_status, true, true);
                else if (key.rfind("~", 0) == 0)
                    add(Token{key.substr(1), entry[0]->offset, true}, entry[1]->text, map_status, true, false);
                else
                    add(*entry[0], entry[1]->text, map_status, false, false);
            }
            i = j;
        } else if (tokens[i].text == "rewrite" && !tokens[i].quoted && i + 3 < tokens.size()) {
            // rewrite REGEX REPLACEMENT permanent|redirect; (other flags rewrite inside nginx)
            const std::string& flag = tokens[i + 3].text;
            if (flag == "permanent" || flag == "redirect")
                add(tokens[i + 1], tokens[i + 2].text, flag == "permanent" ? 301 : 302, true, false);
        }
    }
    std::move(patterns.begin(), patterns.end(), std::back_inserter(exact));
    return exact;
}

}  // namespace folio::verify
