#include "src/redirects/redirect_folding.hpp"

#include <map>
#include <optional>

namespace folio {

namespace {

struct SplitPath {
    std::vector<std::string> segments;
    bool trailing_slash = false;
};

SplitPath split(std::string_view path) {
    SplitPath out;
    out.trailing_slash = !path.empty() && path.back() == '/';
    std::size_t start = 0;
    while (start < path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        if (end > start) out.segments.emplace_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// How one new segment is made from the old path: a literal, or old segment `from` less `suffix`.
struct NewPart {
    std::string literal;
    int from = -1;
    std::string suffix;
};

// The shape of one redirect: what a rule would need to say it. Redirects with one shape key
// fold together.
struct Shape {
    SplitPath old_path;
    SplitPath new_path;
    std::vector<NewPart> parts;
    std::vector<std::string> old_roles;  // "" when unused by the new path, else the suffix + "|"
    std::string key;
};

Shape shape_of(const Redirect& redirect) {
    Shape shape;
    shape.old_path = split(redirect.from);
    shape.new_path = split(redirect.to);
    shape.old_roles.assign(shape.old_path.segments.size(), "");
    shape.key = std::to_string(shape.old_path.segments.size()) +
                (shape.old_path.trailing_slash ? "/" : ".") +
                (shape.new_path.trailing_slash ? "/" : ".");
    for (const std::string& segment : shape.new_path.segments) {
        NewPart part;
        for (std::size_t i = 0; i < shape.old_path.segments.size() && part.from < 0; ++i) {
            const std::string& old = shape.old_path.segments[i];
            // The same segment, or the same with an extension (`a.html` → `a`).
            if (old == segment) {
                part.from = static_cast<int>(i);
            } else if (old.size() > segment.size() + 1 && old.starts_with(segment) &&
                       old[segment.size()] == '.' &&
                       old.find_first_of("./", segment.size() + 1) == std::string::npos) {
                part.from = static_cast<int>(i);
                part.suffix = old.substr(segment.size());
            }
        }
        if (part.from >= 0) {
            shape.old_roles[static_cast<std::size_t>(part.from)] = part.suffix + "|";
            shape.key += " R" + std::to_string(part.from) + part.suffix;
        } else {
            part.literal = segment;
            shape.key += " L" + segment;
        }
        shape.parts.push_back(std::move(part));
    }
    for (const std::string& role : shape.old_roles) shape.key += " O" + role;
    return shape;
}

bool segment_matches(const PatternSegment& pattern, std::string_view segment) {
    if (!pattern.variable) return segment == pattern.text;
    return segment.size() > pattern.suffix.size() && segment.ends_with(pattern.suffix);
}

// The rule for redirects of one shape (`members`, all of `shapes` with one key).
RedirectPattern pattern_of(const std::vector<const Shape*>& shapes, std::vector<Redirect> members) {
    const Shape& first = *shapes.front();
    const std::size_t old_count = first.old_path.segments.size();
    RedirectPattern pattern;
    pattern.from.trailing_slash = first.old_path.trailing_slash;
    pattern.to.trailing_slash = first.new_path.trailing_slash;
    auto constant = [&shapes](std::size_t i) {
        for (const Shape* shape : shapes) {
            if (shape->old_path.segments[i] != shapes.front()->old_path.segments[i]) return false;
        }
        return true;
    };
    // The last new segment's source is the slug; the others are named by position.
    int slug_from = -1;
    if (!first.parts.empty()) slug_from = first.parts.back().from;
    for (std::size_t i = 0; i < old_count; ++i) {
        PatternSegment segment;
        if (constant(i)) {
            segment.text = first.old_path.segments[i];
        } else {
            segment.variable = true;
            segment.text = static_cast<int>(i) == slug_from ? "slug" : "p" + std::to_string(i + 1);
            const std::string& role = first.old_roles[i];
            if (!role.empty()) segment.suffix = role.substr(0, role.size() - 1);
        }
        pattern.from.segments.push_back(std::move(segment));
    }
    for (std::size_t j = 0; j < first.parts.size(); ++j) {
        const NewPart& part = first.parts[j];
        PatternSegment segment;
        if (part.from < 0) {
            segment.text = part.literal;
        } else if (const PatternSegment& old = pattern.from.segments[static_cast<std::size_t>(part.from)];
                   !old.variable) {
            segment.text = first.new_path.segments[j];
        } else {
            segment.variable = true;
            segment.text = old.text;
        }
        pattern.to.segments.push_back(std::move(segment));
    }
    pattern.members = std::move(members);
    return pattern;
}

bool matches_any(const RedirectPattern& pattern, std::span<const std::string> urls) {
    for (const std::string& url : urls) {
        if (apply_pattern(pattern, url)) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> apply_pattern(const RedirectPattern& pattern, std::string_view path) {
    const SplitPath split_path = split(path);
    if (split_path.trailing_slash != pattern.from.trailing_slash ||
        split_path.segments.size() != pattern.from.segments.size()) {
        return std::nullopt;
    }
    std::map<std::string, std::string, std::less<>> values;
    for (std::size_t i = 0; i < split_path.segments.size(); ++i) {
        const PatternSegment& segment = pattern.from.segments[i];
        const std::string& text = split_path.segments[i];
        if (!segment_matches(segment, text)) return std::nullopt;
        if (segment.variable) values[segment.text] = text.substr(0, text.size() - segment.suffix.size());
    }
    std::string out;
    for (const PatternSegment& segment : pattern.to.segments) {
        out += '/';
        out += segment.variable ? values[segment.text] : segment.text;
    }
    if (out.empty() || pattern.to.trailing_slash) out += '/';
    return out;
}

std::string placeholder_text(const PatternPath& path) {
    std::string out;
    for (const PatternSegment& segment : path.segments) {
        out += '/';
        out += segment.variable ? ":" + segment.text + segment.suffix : segment.text;
    }
    if (out.empty() || path.trailing_slash) out += '/';
    return out;
}

FoldedRedirects unfolded(std::span<const Redirect> redirects) {
    return {std::vector<Redirect>(redirects.begin(), redirects.end()), {}};
}

FoldedRedirects fold_redirects(std::span<const Redirect> redirects,
                               std::span<const std::string> live_urls, std::size_t min_members) {
    std::vector<Shape> shapes;
    shapes.reserve(redirects.size());
    for (const Redirect& redirect : redirects) shapes.push_back(shape_of(redirect));
    // Groups in the order their first redirect comes, so the output is stable.
    std::map<std::string, std::size_t> group_of;
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < shapes.size(); ++i) {
        const auto [it, inserted] = group_of.emplace(shapes[i].key, groups.size());
        if (inserted) groups.emplace_back();
        groups[it->second].push_back(i);
    }
    // pattern index of each redirect, -1 for exact.
    std::vector<int> folded_into(redirects.size(), -1);
    std::vector<RedirectPattern> patterns;
    for (const auto& group : groups) {
        if (group.size() < std::max<std::size_t>(min_members, 2)) continue;
        std::vector<const Shape*> group_shapes;
        std::vector<Redirect> members;
        for (const std::size_t i : group) {
            group_shapes.push_back(&shapes[i]);
            members.push_back(redirects[i]);
        }
        RedirectPattern pattern = pattern_of(group_shapes, std::move(members));
        // A rule must not take a page of the new site away.
        if (matches_any(pattern, live_urls)) continue;
        for (const std::size_t i : group) folded_into[i] = static_cast<int>(patterns.size());
        patterns.push_back(std::move(pattern));
    }
    // A redirect that a rule would send elsewhere must be exact (listed before every rule); one
    // taken out may leave its own rule too small to be worth it. Repeat until nothing moves.
    for (bool moved = true; moved;) {
        moved = false;
        for (std::size_t p = 0; p < patterns.size(); ++p) {
            for (std::size_t i = 0; i < redirects.size(); ++i) {
                const auto sent = apply_pattern(patterns[p], redirects[i].from);
                if (!sent || *sent == redirects[i].to || folded_into[i] < 0) continue;
                folded_into[i] = -1;
                moved = true;
            }
        }
        for (std::size_t p = 0; p < patterns.size(); ++p) {
            std::size_t count = 0;
            for (const int f : folded_into) count += f == static_cast<int>(p) ? 1 : 0;
            if (count > 0 && count < std::max<std::size_t>(min_members, 2)) {
                for (int& f : folded_into) {
                    if (f == static_cast<int>(p)) f = -1;
                }
                moved = true;
            }
        }
    }
    FoldedRedirects out;
    std::vector<std::vector<Redirect>> members(patterns.size());
    for (std::size_t i = 0; i < redirects.size(); ++i) {
        if (folded_into[i] < 0) out.exact.push_back(redirects[i]);
        else members[static_cast<std::size_t>(folded_into[i])].push_back(redirects[i]);
    }
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        if (members[p].empty()) continue;
        patterns[p].members = std::move(members[p]);
        out.patterns.push_back(std::move(patterns[p]));
    }
    return out;
}

}  // namespace folio
