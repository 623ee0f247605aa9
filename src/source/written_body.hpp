#pragma once

// An article's body as its file holds it, for the writers that copy a body rather than write
// it from the AST (`folio hugo`, `folio markdown`). It travels beside the article, not inside
// it: the AST stays plain data the size of what it means, and the jobs that keep thousands of
// articles (a book, a site) do not carry every body twice.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "src/ast/article.hpp"
#include "src/source/source_text.hpp"

namespace folio {

/// The front matter as its file holds it: everything before the body, fences included, for a
/// writer that copies it (`copied_front_matter`).
struct WrittenFrontMatter {
    FrontMatterSyntax syntax = FrontMatterSyntax::none;  ///< none: not kept
    std::string text;  ///< LF line ends, as `SourceText::text()` holds it
};

/// The file's text from the first byte of the body to its end.
struct WrittenBody {
    std::string text;        ///< as `SourceText::text()` holds it: LF line ends, valid UTF-8
    std::size_t offset = 0;  ///< where `text` starts in the file's text (AST offsets are there)
    std::uint32_t first_line = 1;  ///< the file's line on which `text` starts
    /// The lines from `first_line` on that ended in CRLF or CR in the file, to give them back.
    std::vector<LineEnd> other_line_ends;
    /// The file's first line ended in CRLF: front matter written anew before the copy gets
    /// CRLF too, so that the file keeps one kind of line end.
    bool crlf_file = false;
    /// The front matter before the body, when the job keeps it (`written_front_matter`).
    WrittenFrontMatter front_matter;
};

/// The body of `source` starting at `body_offset` (`Source::body_offset`; clamped to the end).
WrittenBody written_body(const SourceText& source, std::size_t body_offset);

/// The front matter of `source`, in `syntax`: the text before `body_offset`.
WrittenFrontMatter written_front_matter(const SourceText& source, std::size_t body_offset,
                                        FrontMatterSyntax syntax);

}  // namespace folio
