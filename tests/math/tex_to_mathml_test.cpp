#include "src/math/tex_to_mathml.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include "src/math/mathml_vocabulary.hpp"

namespace folio {
namespace {

// The presentation part of the MathML, between <semantics><mrow> and the annotation.
std::string body(std::string_view tex, bool display = false) {
    const std::string ml = tex_to_mathml(tex, display).mathml;
    const std::string open = "<semantics><mrow>";
    const std::size_t from = ml.find(open) + open.size();
    const std::size_t to = ml.rfind("</mrow><annotation");
    return ml.substr(from, to - from);
}

TEST(TexToMathml, WrapsInlineMathWithItsTexAsAnnotation) {
    EXPECT_EQ(tex_to_mathml("a<b", false).mathml,
              "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>"
              "<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
              "</mrow><annotation encoding=\"application/x-tex\">a&lt;b</annotation>"
              "</semantics></math>");
}

TEST(TexToMathml, MarksDisplayMathAsBlock) {
    EXPECT_TRUE(tex_to_mathml("x", true).mathml.starts_with(
        "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"));
}

TEST(TexToMathml, ReadsLettersNumbersAndOperators) {
    EXPECT_EQ(body("2x - 3.5 = y"),
              "<mrow><mn>2</mn><mi>x</mi><mo>\u2212</mo><mn>3.5</mn><mo>=</mo><mi>y</mi></mrow>");
}

TEST(TexToMathml, ReadsSubscriptsAndSuperscripts) {
    EXPECT_EQ(body("x_1"), "<msub><mi>x</mi><mn>1</mn></msub>");
    EXPECT_EQ(body("x^{n+1}"),
              "<msup><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msup>");
    EXPECT_EQ(body("x_i^2"), "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>");
    EXPECT_EQ(body("x^2_i"), "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>");
    // One digit only, as TeX reads `x^23`.
    EXPECT_EQ(body("x^23"), "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>");
    EXPECT_EQ(body("f'"), "<msup><mi>f</mi><mo>\u2032</mo></msup>");
}

TEST(TexToMathml, PutsLimitsOfSumsAndLimitsUnderAndOver) {
    EXPECT_EQ(body("\\sum_{i=1}^n"),
              "<munderover><mo movablelimits=\"true\">\u2211</mo>"
              "<mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>");
    EXPECT_EQ(body("\\prod_k"), "<munder><mo movablelimits=\"true\">\u220F</mo><mi>k</mi></munder>");
    EXPECT_EQ(body("\\lim_{x\\to 0}"),
              "<munder><mo movablelimits=\"true\">lim</mo><mrow><mi>x</mi><mo>\u2192</mo>"
              "<mn>0</mn></mrow></munder><mo>\u2061</mo>");
    // Integrals keep their bounds beside them, as TeX sets them.
    EXPECT_EQ(body("\\int_0^1"), "<msubsup><mo>\u222B</mo><mn>0</mn><mn>1</mn></msubsup>");
}

TEST(TexToMathml, ReadsFractionsBinomialsAndRoots) {
    EXPECT_EQ(body("\\frac{a}{b}"), "<mfrac><mi>a</mi><mi>b</mi></mfrac>");
    EXPECT_EQ(body("\\frac12"), "<mfrac><mn>1</mn><mn>2</mn></mfrac>");
    EXPECT_EQ(body("\\dfrac{1}{x}"),
              "<mstyle displaystyle=\"true\"><mfrac><mn>1</mn><mi>x</mi></mfrac></mstyle>");
    EXPECT_EQ(body("\\tfrac{1}{x}"),
              "<mstyle displaystyle=\"false\"><mfrac><mn>1</mn><mi>x</mi></mfrac></mstyle>");
    EXPECT_EQ(body("\\binom{n}{k}"),
              "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"
              "<mo>)</mo></mrow>");
    EXPECT_EQ(body("\\sqrt{x}"), "<msqrt><mi>x</mi></msqrt>");
    EXPECT_EQ(body("\\sqrt[3]{x}"), "<mroot><mi>x</mi><mn>3</mn></mroot>");
}

TEST(TexToMathml, ReadsGreekLettersAndSymbols) {
    EXPECT_EQ(body("\\alpha \\Omega"),
              "<mrow><mi>\u03B1</mi><mi mathvariant=\"normal\">\u03A9</mi></mrow>");
    EXPECT_EQ(body("a \\leq b \\neq c \\cdot d"),
              "<mrow><mi>a</mi><mo>\u2264</mo><mi>b</mi><mo>\u2260</mo><mi>c</mi><mo>\u22C5</mo>"
              "<mi>d</mi></mrow>");
    EXPECT_EQ(body("\\forall x \\in \\mathbb{R}"),
              "<mrow><mo>\u2200</mo><mi>x</mi><mo>\u2208</mo><mi>\u211D</mi></mrow>");
    EXPECT_EQ(body("\\infty"), "<mi mathvariant=\"normal\">\u221E</mi>");
}

TEST(TexToMathml, ReadsFencesThatGrow) {
    EXPECT_EQ(body("\\left( x \\right]"),
              "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mi>x</mi>"
              "<mo fence=\"true\" stretchy=\"true\">]</mo></mrow>");
    EXPECT_EQ(body("\\left\\{ x \\right."),
              "<mrow><mo fence=\"true\" stretchy=\"true\">{</mo><mi>x</mi>"
              "<mo fence=\"true\" stretchy=\"true\"></mo></mrow>");
}

TEST(TexToMathml, ReadsTextAndFonts) {
    EXPECT_EQ(body("\\text{if } x"), "<mrow><mtext>if </mtext><mi>x</mi></mrow>");
    EXPECT_EQ(body("\\mathrm{d}x"),
              "<mrow><mi mathvariant=\"normal\">d</mi><mi>x</mi></mrow>");
    EXPECT_EQ(body("\\mathrm{max}"), "<mi>max</mi>");
    EXPECT_EQ(body("\\mathbf{v}"), "<mi>\U0001D42F</mi>");
    EXPECT_EQ(body("\\mathcal{L}"), "<mi>\u2112</mi>");
    EXPECT_EQ(body("\\operatorname{softmax}(z)"),
              "<mrow><mi>softmax</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>z</mi>"
              "<mo stretchy=\"false\">)</mo></mrow>");
    EXPECT_EQ(body("\\sin x"), "<mrow><mi>sin</mi><mo>\u2061</mo><mi>x</mi></mrow>");
    EXPECT_EQ(body("\\log_2 n"),
              "<mrow><msub><mi>log</mi><mn>2</mn></msub><mo>\u2061</mo><mi>n</mi></mrow>");
}

TEST(TexToMathml, ReadsAccents) {
    EXPECT_EQ(body("\\hat{x}"),
              "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>");
    EXPECT_EQ(body("\\vec v"),
              "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">\u2192</mo></mover>");
    EXPECT_EQ(body("\\overline{AB}"),
              "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow>"
              "<mo stretchy=\"true\">\u00AF</mo></mover>");
}

TEST(TexToMathml, ReadsMatricesAsTablesInTheirFences) {
    EXPECT_EQ(body("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"),
              "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mtable>"
              "<mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
              "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"
              "<mo fence=\"true\" stretchy=\"true\">)</mo></mrow>");
    EXPECT_EQ(body("\\begin{matrix}1\\end{matrix}"),
              "<mtable><mtr><mtd><mn>1</mn></mtd></mtr></mtable>");
}

TEST(TexToMathml, AlignsAlignmentsAndCases) {
    const std::string aligned = body("\\begin{aligned} a &= b \\\\ &= c \\\\ \\end{aligned}");
    EXPECT_NE(aligned.find("columnalign=\"right left right left"), std::string::npos);
    // The last `\\` makes no empty row.
    EXPECT_EQ(aligned.find("<mtr>", aligned.find("<mtr>", aligned.find("<mtr>") + 1) + 1),
              std::string::npos);
    const std::string cases = body("f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}");
    EXPECT_NE(cases.find("<mo fence=\"true\" stretchy=\"true\">{</mo><mtable columnalign=\"left"),
              std::string::npos);
    EXPECT_NE(cases.find("<mtd><mtext>otherwise</mtext></mtd>"), std::string::npos);
}

TEST(TexToMathml, ReadsSpacingAndEscapedCharacters) {
    EXPECT_EQ(body("a\\,b\\quad c"),
              "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi>"
              "<mspace width=\"1em\"></mspace><mi>c</mi></mrow>");
    // KaTeX's \space, seen in a real blog's posts (was an unknown command).
    EXPECT_EQ(body("a\\space b"),
              "<mrow><mi>a</mi><mspace width=\"0.2778em\"></mspace><mi>b</mi></mrow>");
    EXPECT_EQ(body("\\{ 50\\% \\}"),
              "<mrow><mo stretchy=\"false\">{</mo><mn>50</mn><mo>%</mo>"
              "<mo stretchy=\"false\">}</mo></mrow>");
}

// XML cannot hold C0 controls, even as references: the book would fall back to repairing the
// chapter and the Nu checker would refuse the site's page.
TEST(TexToMathml, LeavesOutCharactersXmlRefuses) {
    const std::string ml = tex_to_mathml("a\x01" "b\x0f" "\"", false).mathml;
    EXPECT_EQ(ml.find('\x01'), std::string::npos);
    EXPECT_EQ(ml.find('\x0f'), std::string::npos);
    EXPECT_NE(ml.find("<mo>&quot;</mo>"), std::string::npos);
}

TEST(TexToMathml, ShowsAnUnknownCommandAsTexAndSaysWhere) {
    const MathMarkup out = tex_to_mathml("a + \\foo{b}", false);
    EXPECT_NE(out.mathml.find("<merror><mtext>\\foo</mtext></merror>"), std::string::npos);
    ASSERT_EQ(out.problems.size(), 1u);
    EXPECT_EQ(out.problems[0].offset, 4u);
    EXPECT_EQ(out.problems[0].message, "unknown TeX command '\\foo'; shown as TeX");
}

TEST(TexToMathml, ShowsAnUnknownEnvironmentWhole) {
    const MathMarkup out = tex_to_mathml("\\begin{tikzcd} A \\end{tikzcd} + 1", false);
    EXPECT_NE(out.mathml.find("<merror><mtext>\\begin{tikzcd} A \\end{tikzcd}</mtext></merror>"),
              std::string::npos);
    ASSERT_EQ(out.problems.size(), 1u);
    EXPECT_EQ(out.problems[0].message, "unknown TeX environment 'tikzcd'; shown as TeX");
}

TEST(TexToMathml, SaysWhereABraceIsMissing) {
    const MathMarkup out = tex_to_mathml("\\frac{a}{b", false);
    ASSERT_EQ(out.problems.size(), 1u);
    EXPECT_EQ(out.problems[0].offset, 8u);
    EXPECT_EQ(out.problems[0].message, "missing '}' in TeX math");
}

TEST(TexToMathml, StopsAtTheNestingLimitAndKeepsTheRestAsTex) {
    const std::string deep = std::string(10000, '{') + "x" + std::string(10000, '}');
    const MathMarkup out = tex_to_mathml(deep, false);
    ASSERT_EQ(out.problems.size(), 1u);
    EXPECT_EQ(out.problems[0].offset, static_cast<std::size_t>(kMaxMathDepth));
    EXPECT_NE(out.mathml.find("<merror>"), std::string::npos);
    const std::string nested_fractions = [] {
        std::string tex;
        for (int i = 0; i < 5000; ++i) tex += "\\frac1";
        return tex + "x";
    }();
    EXPECT_EQ(tex_to_mathml(nested_fractions, false).problems.size(), 1u);
}

}  // namespace
}  // namespace folio

namespace folio {
namespace {

// A sanitiser that lets the vocabulary through keeps all the converter writes.
TEST(MathmlVocabulary, ListsEveryElementAndAttributeTheConverterWrites) {
    const std::string tex =
        "\\sum_{i=1}^n \\int_0^1 x_i^2 \\lim_{x\\to 0} \\frac{a}{b} \\dfrac12 \\binom{n}{k} "
        "\\sqrt{x} \\sqrt[3]{y} \\left( \\hat{x} \\right) \\underline{u} \\text{t} \\mathrm{d} "
        "\\quad \\boxed{1} \\mod \\begin{cases} a & b \\\\ c & d \\end{cases} \\unknown x' z_1";
    const std::string ml = tex_to_mathml(tex, true).mathml;
    const std::set<std::string_view> elements(kMathmlElements.begin(), kMathmlElements.end());
    const std::set<std::string_view> attributes(kMathmlAttributes.begin(), kMathmlAttributes.end());
    const std::regex tag("<([a-z]+)((?: [a-z]+=\"[^\"]*\")*)>");
    const std::regex attribute(" ([a-z]+)=");
    std::set<std::string> seen;
    for (std::sregex_iterator it(ml.begin(), ml.end(), tag), end; it != end; ++it) {
        const std::string name = (*it)[1];
        seen.insert(name);
        EXPECT_TRUE(elements.count(name)) << name;
        const std::string attrs = (*it)[2];
        for (std::sregex_iterator a(attrs.begin(), attrs.end(), attribute); a != end; ++a)
            EXPECT_TRUE(attributes.count((*a)[1].str())) << (*a)[1];
    }
    EXPECT_GE(seen.size(), 20u);
}

}  // namespace
}  // namespace folio
