#include "src/syndication/feed_author.hpp"

namespace folio {

namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// Loose on purpose: one `@` with something either side and no space is what a reader needs to
// offer a mail link; RFC 5322's full grammar would only refuse what authors actually write.
bool looks_like_email(std::string_view text) {
    const std::size_t at = text.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < text.size() &&
           text.find('@', at + 1) == std::string_view::npos &&
           text.find_first_of(" \t<>()\"") == std::string_view::npos;
}

}  // namespace

FeedAuthor parse_feed_author(std::string_view text) {
    text = trimmed(text);
    // `Name <address>`
    if (!text.empty() && text.back() == '>') {
        const std::size_t open = text.rfind('<');
        if (open != std::string_view::npos) {
            const std::string_view email = text.substr(open + 1, text.size() - open - 2);
            const std::string_view name = trimmed(text.substr(0, open));
            if (looks_like_email(email))
                return {std::string(name.empty() ? email : name), std::string(email)};
        }
    }
    // `address (Name)`, RSS's own spelling
    if (!text.empty() && text.back() == ')') {
        const std::size_t open = text.find('(');
        if (open != std::string_view::npos) {
            const std::string_view email = trimmed(text.substr(0, open));
            const std::string_view name = trimmed(text.substr(open + 1, text.size() - open - 2));
            if (looks_like_email(email))
                return {std::string(name.empty() ? email : name), std::string(email)};
        }
    }
    if (looks_like_email(text)) return {std::string(text), std::string(text)};
    return {std::string(text), {}};
}

}  // namespace folio
