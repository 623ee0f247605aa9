#include "formats/epub/kobo_spans.hpp"

#include <gtest/gtest.h>

namespace folio::epub {
namespace {

std::string page(std::string_view body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html><html "
           "xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">"
           "<head><title>t</title></head><body>" +
           std::string(body) + "</body></html>";
}

/// What `with_kobo_spans` makes of `body`, without the page around it and Kobo's two divs.
std::string spanned(std::string_view body) {
    const std::optional<std::string> out = with_kobo_spans(page(body));
    if (!out) return "(unreadable)";
    const std::string open = "<div id=\"book-columns\"><div id=\"book-inner\">";
    const std::size_t from = out->find(open);
    const std::size_t to = out->rfind("</div></div></body>");
    if (from == std::string::npos || to == std::string::npos) return "(no divs) " + *out;
    return out->substr(from + open.size(), to - from - open.size());
}

TEST(KoboSpans, PutsEachSentenceInASpanNumberedByParagraph) {
    EXPECT_EQ(spanned("<p>One. Two! \"Three?\" Four</p><p>Five: six</p>"),
              "<p><span class=\"koboSpan\" id=\"kobo.1.1\">One. </span>"
              "<span class=\"koboSpan\" id=\"kobo.1.2\">Two! </span>"
              "<span class=\"koboSpan\" id=\"kobo.1.3\">\"Three?\" </span>"
              "<span class=\"koboSpan\" id=\"kobo.1.4\">Four</span></p>"
              "<p><span class=\"koboSpan\" id=\"kobo.2.1\">Five: </span>"
              "<span class=\"koboSpan\" id=\"kobo.2.2\">six</span></p>");
}

TEST(KoboSpans, SpansTextInsideInlineElementsAndImagesAlone) {
    EXPECT_EQ(spanned("<p>A <em>b. c</em><img src=\"x.png\" alt=\"x\"/></p>"),
              "<p><span class=\"koboSpan\" id=\"kobo.1.1\">A </span><em>"
              "<span class=\"koboSpan\" id=\"kobo.1.2\">b. </span>"
              "<span class=\"koboSpan\" id=\"kobo.1.3\">c</span></em>"
              "<span class=\"koboSpan\" id=\"kobo.2.1\"><img src=\"x.png\" alt=\"x\"/></span></p>");
}

TEST(KoboSpans, LeavesCodeMathAndNoteReferencesAsTheyAre) {
    const std::string pre = "<pre><code>a. b.</code></pre>";
    EXPECT_EQ(spanned(pre), pre);
    const std::string noteref = "<a epub:type=\"noteref\" href=\"#n\">1</a>";
    EXPECT_EQ(spanned(noteref), noteref);
    const std::string math = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>";
    EXPECT_EQ(spanned(math), math);
}

TEST(KoboSpans, KeepsWhiteSpaceBetweenBlocksBare) {
    EXPECT_EQ(spanned("<ul>\n<li>a</li>\n</ul>"),
              "<ul>\n<li><span class=\"koboSpan\" id=\"kobo.1.1\">a</span></li>\n</ul>");
}

TEST(KoboSpans, RefusesWhatIsNotXml) { EXPECT_EQ(with_kobo_spans("<p>a"), std::nullopt); }

TEST(KoboSpans, NamesTheFileAsKoboReadersWantIt) {
    EXPECT_EQ(kobo_file_name("out/book.epub"), "out/book.kepub.epub");
    EXPECT_EQ(kobo_file_name("book.kepub.epub"), "book.kepub.epub");
    EXPECT_EQ(kobo_file_name("book"), "book.kepub.epub");
    EXPECT_EQ(kobo_file_name("-"), "-");
}

}  // namespace
}  // namespace folio::epub
