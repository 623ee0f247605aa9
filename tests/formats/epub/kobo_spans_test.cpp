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
    const Result<std::string> out = with_kobo_spans(page(body));
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

// Only `.!?:` ended a sentence: a paragraph of Chinese, Hindi or Arabic was one span, so
// Kobo's reader could not place a highlight inside it.
TEST(KoboSpans, EndsSentencesWhereOtherScriptsEndThem) {
    const auto span = [](int n, std::string_view text) {
        return "<span class=\"koboSpan\" id=\"kobo.1." + std::to_string(n) + "\">" +
               std::string(text) + "</span>";
    };
    EXPECT_EQ(spanned("<p>\u4e00\u3002\u300c\u4e8c\uff01\u300d\u4e09\uff1f\u56db</p>"),
              "<p>" + span(1, "\u4e00\u3002") + span(2, "\u300c\u4e8c\uff01\u300d") +
                  span(3, "\u4e09\uff1f") + span(4, "\u56db") + "</p>");
    EXPECT_EQ(spanned("<p>\u0915\u0964 \u0916\u0965 \u0917</p>"),
              "<p>" + span(1, "\u0915\u0964 ") + span(2, "\u0916\u0965 ") + span(3, "\u0917") +
                  "</p>");
    EXPECT_EQ(spanned("<p>\u0645\u061f \u0646\u06d4 \u0570\u0589 \u1200\u1362 x\uff0ey\uff1az\uff61w</p>"),
              "<p>" + span(1, "\u0645\u061f ") + span(2, "\u0646\u06d4 ") +
                  span(3, "\u0570\u0589 ") + span(4, "\u1200\u1362 ") + span(5, "x\uff0e") +
                  span(6, "y\uff1a") + span(7, "z\uff61") + span(8, "w") + "</p>");
}

// A raw HTML `<div>` with text went on with the paragraph before it (kobo.1.2 after kobo.1.1),
// and a heading before any paragraph was paragraph 0.
TEST(KoboSpans, NumbersTheTextOfHeadingsAndRawHtmlBlocksAsParagraphs) {
    EXPECT_EQ(spanned("<h1>T</h1><p>A.</p><div class=\"note\">B. C</div><div><p>D</p></div>"),
              "<h1><span class=\"koboSpan\" id=\"kobo.1.1\">T</span></h1>"
              "<p><span class=\"koboSpan\" id=\"kobo.2.1\">A.</span></p>"
              "<div class=\"note\"><span class=\"koboSpan\" id=\"kobo.3.1\">B. </span>"
              "<span class=\"koboSpan\" id=\"kobo.3.2\">C</span></div>"
              "<div><p><span class=\"koboSpan\" id=\"kobo.4.1\">D</span></p></div>");
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

TEST(KoboSpans, RefusesWhatIsNotXmlWithAWarningThatSaysWhy) {
    const Result<std::string> out = with_kobo_spans("<p>a");
    ASSERT_FALSE(out);
    EXPECT_EQ(format_diagnostic(out.error()),
              "folio: warning: the chapter is written without Kobo's spans, which could not be "
              "added (the XML parser stopped at byte 3: Start-end tags mismatch); Kobo's reader "
              "reads it with its older engine [epub.kobo.unreadable]\n");
}

TEST(KoboSpans, NamesTheFileAsKoboReadersWantIt) {
    EXPECT_EQ(kobo_file_name("out/book.epub"), "out/book.kepub.epub");
    EXPECT_EQ(kobo_file_name("book.kepub.epub"), "book.kepub.epub");
    EXPECT_EQ(kobo_file_name("book"), "book.kepub.epub");
    EXPECT_EQ(kobo_file_name("-"), "-");
}

}  // namespace
}  // namespace folio::epub
