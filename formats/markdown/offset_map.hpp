#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace folio {

/// Maps byte offsets of a text handed to md4c back to offsets in the whole source file. The
/// body is one stretch of the file; a footnote definition is a string of de-indented lines, one
/// stretch per line. Cheap to copy; never fails (offsets before the first stretch clamp to it).
class OffsetMap {
public:
    /// A text whose offset 0 is `file_offset` in the file.
    explicit OffsetMap(std::size_t file_offset) { stretches_.push_back({0, file_offset}); }

    /// From `text_offset` on, text offsets continue at `file_offset`. Calls must come in
    /// increasing `text_offset` order.
    void add(std::size_t text_offset, std::size_t file_offset) {
        if (stretches_.back().text == text_offset) {
            stretches_.back().file = file_offset;
        } else {
            stretches_.push_back({text_offset, file_offset});
        }
    }

    /// The file offset of `text_offset`.
    std::size_t to_file(std::size_t text_offset) const {
        auto it =
            std::upper_bound(stretches_.begin(), stretches_.end(), text_offset,
                             [](std::size_t offset, const Stretch& s) { return offset < s.text; });
        if (it != stretches_.begin()) --it;
        return it->file + (text_offset - std::min(text_offset, it->text));
    }

private:
    struct Stretch {
        std::size_t text;
        std::size_t file;
    };
    std::vector<Stretch> stretches_;
};

}  // namespace folio
