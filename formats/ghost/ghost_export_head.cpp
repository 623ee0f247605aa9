#include "formats/ghost/ghost_export.hpp"

namespace folio {

namespace {

class HeadScanner {
public:
    explicit HeadScanner(std::string_view head) : s_(head) {}

    void skip_space() {
        if (s_.substr(pos_, 3) == "\xEF\xBB\xBF") pos_ += 3;
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool punct(char c) {
        skip_space();
        if (pos_ >= s_.size() || s_[pos_] != c) return false;
        ++pos_;
        return true;
    }

    bool key(std::string_view name) {
        skip_space();
        if (s_.substr(pos_, name.size() + 2) != "\"" + std::string(name) + "\"") return false;
        pos_ += name.size() + 2;
        return punct(':');
    }

    std::size_t pos() const { return pos_; }
    std::string_view rest() const { return s_.substr(pos_); }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace

bool is_ghost_export(std::string_view head) {
    HeadScanner scan(head);
    if (!scan.punct('{')) return false;
    const bool wrapped = scan.key("db");
    if (wrapped && !(scan.punct('[') && scan.punct('{'))) return false;
    // Ghost writes `meta` first; `data` first is only plausible inside the `db` wrapper.
    if (wrapped && scan.key("data")) return scan.punct('{');
    if (!scan.key("meta") || !scan.punct('{')) return false;
    // The meta object is short: its fields, then `"data":{`.
    const std::string_view rest = scan.rest();
    const std::size_t close = rest.find('}');
    if (close == std::string_view::npos) return false;
    const std::string_view meta = rest.substr(0, close);
    if (meta.find("\"exported_on\"") == std::string_view::npos &&
        meta.find("\"version\"") == std::string_view::npos) {
        return false;
    }
    HeadScanner after(rest.substr(close + 1));
    return after.punct(',') && after.key("data") && after.punct('{');
}

}  // namespace folio
