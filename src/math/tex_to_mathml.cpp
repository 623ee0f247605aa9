#include "src/math/tex_to_mathml.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "src/math/math_alphabets.hpp"
#include "src/math/tex_symbols.hpp"
#include "src/render/html_escape.hpp"
#include "src/text/utf8.hpp"

namespace folio {

namespace {

// One converted piece of math. Scripts need to know what they attach to: a large operator or
// `\lim` takes its limits below and above, a function name is followed by an invisible
// function application once its scripts are on.
struct Node {
    std::string ml;
    bool limits = false;
    bool function = false;
};

using Nodes = std::vector<Node>;

// What ends the list being read, besides the end of the TeX.
struct Until {
    char close = 0;            // `}` of a group, `]` of `\sqrt`'s index
    bool right = false;        // `\right` of a `\left`
    bool cell = false;         // `&`, `\\` and `\end` inside an environment
};


// The shared escaper: it also drops the characters XML refuses (C0 controls, U+FFFE), which
// TeX as written may hold.
void append_escaped(std::string& out, std::string_view text) { append_escaped_html(out, text); }

std::string element(std::string_view tag, std::string_view text, std::string_view attributes = {}) {
    std::string out = "<";
    out += tag;
    out += attributes;
    out += '>';
    append_escaped(out, text);
    out += "</";
    out += tag;
    out += '>';
    return out;
}

std::string row(const Nodes& nodes) {
    if (nodes.size() == 1) return nodes.front().ml;
    std::string out = "<mrow>";
    for (const Node& node : nodes) out += node.ml;
    out += "</mrow>";
    return out;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An environment's layout: fences around the table and how its columns align.
struct Environment {
    std::string_view name;
    std::string_view open;
    std::string_view close;
    std::string_view align;  // `columnalign` of odd and even columns; empty: centred
};

constexpr Environment kEnvironments[] = {
    {"matrix", "", "", ""},
    {"smallmatrix", "", "", ""},
    {"array", "", "", ""},
    {"pmatrix", "(", ")", ""},
    {"bmatrix", "[", "]", ""},
    {"Bmatrix", "{", "}", ""},
    {"vmatrix", "|", "|", ""},
    {"Vmatrix", "\u2016", "\u2016", ""},
    {"cases", "{", "", "left"},
    {"aligned", "", "", "right left"},
    {"align", "", "", "right left"},
    {"align*", "", "", "right left"},
    {"alignat", "", "", "right left"},
    {"alignat*", "", "", "right left"},
    {"split", "", "", "right left"},
    {"eqnarray", "", "", "right center left"},
    {"eqnarray*", "", "", "right center left"},
    {"gather", "", "", ""},
    {"gather*", "", "", ""},
    {"gathered", "", "", ""},
    {"equation", "", "", ""},
    {"equation*", "", "", ""},
};

const Environment* find_environment(std::string_view name) {
    for (const Environment& environment : kEnvironments) {
        if (environment.name == name) return &environment;
    }
    return nullptr;
}

class Converter {
public:
    explicit Converter(std::string_view tex) : tex_(tex) {}

    std::string run() {
        Nodes nodes = list({});
        return row(nodes);
    }

    std::vector<MathProblem> take_problems() { return std::move(problems_); }

private:
    // ---- reading

    bool at_end() const { return i_ >= tex_.size(); }
    char peek() const { return at_end() ? '\0' : tex_[i_]; }

    void skip_blanks() {
        while (!at_end() && (tex_[i_] == ' ' || tex_[i_] == '\t' || tex_[i_] == '\n')) ++i_;
    }

    // The control word or symbol at `i_` (which is past the backslash), consumed.
    std::string_view command_name() {
        const std::size_t start = i_;
        if (at_end()) return {};
        if (is_letter(tex_[i_])) {
            while (!at_end() && is_letter(tex_[i_])) ++i_;
            // `\begin{align*}` aside, a star after a command asks for a variant we read alike.
            if (!at_end() && tex_[i_] == '*') ++i_;
        } else {
            ++i_;
        }
        return tex_.substr(start, i_ - start);
    }

    // Whether a backslash command named `name` starts at `i_` (not consumed).
    bool command_ahead(std::string_view name) const {
        if (peek() != '\\') return false;
        const std::string_view rest = tex_.substr(i_ + 1);
        return rest.starts_with(name) &&
               (!is_letter(name[0]) || rest.size() == name.size() || !is_letter(rest[name.size()]));
    }

    void problem(std::size_t offset, std::string message) {
        if (abandoned_) return;
        problems_.push_back({offset, std::move(message)});
    }

    // A braced argument's raw text (`\text{...}`, `\begin{name}`), braces balanced; a single
    // character when there are no braces.
    std::string_view raw_argument() {
        skip_blanks();
        if (at_end()) return {};
        if (tex_[i_] != '{') return tex_.substr(i_++, 1);
        const std::size_t open = i_++;
        int depth = 1;
        const std::size_t start = i_;
        for (; !at_end(); ++i_) {
            if (tex_[i_] == '\\') {
                ++i_;
                continue;
            }
            if (tex_[i_] == '{') ++depth;
            if (tex_[i_] == '}' && --depth == 0) break;
        }
        if (at_end()) {
            problem(open, "missing '}' in TeX math");
            return tex_.substr(start);
        }
        return tex_.substr(start, i_++ - start);
    }

    // ---- structure

    Nodes list(Until until) {
        Nodes nodes;
        for (;;) {
            skip_blanks();
            if (at_end()) break;
            const char c = tex_[i_];
            if (until.close != 0 && c == until.close) break;
            if (until.cell && (c == '&' || command_ahead("\\") || command_ahead("end"))) break;
            if (until.right && command_ahead("right")) break;
            if (c == '^' || c == '_' || c == '\'') {
                // A script with nothing before it (`^2`) goes on an empty base.
                Node base{"<mrow></mrow>"};
                if (!nodes.empty()) {
                    base = std::move(nodes.back());
                    nodes.pop_back();
                }
                nodes.push_back(scripts(std::move(base)));
                continue;
            }
            if (c == '\\' && command_ahead("\\")) {
                // A line break outside an environment: MathML has no line breaking TeX's way.
                i_ += 2;
                continue;
            }
            if (c == '}' || c == ']' || c == '&') {
                ++i_;
                if (c == '}') problem(i_ - 1, "unmatched '}' in TeX math");
                if (c != '}') nodes.push_back({element("mo", std::string_view(&c, 1))});
                continue;
            }
            std::optional<Node> node = atom();
            if (node) nodes.push_back(scripts(std::move(*node)));
        }
        return nodes;
    }

    // The scripts after `base` (`_`, `^`, primes), if any.
    Node scripts(Node base) {
        std::string sub;
        std::string sup;
        std::string primes;
        for (;;) {
            skip_blanks();
            const char c = peek();
            if (c == '\'') {
                ++i_;
                primes += "\u2032";
            } else if ((c == '_' && sub.empty()) || (c == '^' && sup.empty())) {
                ++i_;
                (c == '_' ? sub : sup) = argument();
            } else {
                break;
            }
        }
        if (!primes.empty()) {
            std::string prime = element("mo", primes);
            sup = sup.empty() ? prime : "<mrow>" + prime + sup + "</mrow>";
        }
        Node out{std::move(base.ml), false, base.function};
        if (!sub.empty() || !sup.empty()) {
            const bool under_over = base.limits;
            std::string_view tag = under_over ? (sub.empty() ? "mover" : sup.empty() ? "munder" : "munderover")
                                              : (sub.empty() ? "msup" : sup.empty() ? "msub" : "msubsup");
            std::string ml = "<";
            ml += tag;
            ml += '>';
            ml += out.ml;
            ml += sub;
            ml += sup;
            ml += "</";
            ml += tag;
            ml += '>';
            out.ml = std::move(ml);
        }
        if (out.function) out.ml += "<mo>\u2061</mo>";
        return out;
    }

    // One argument of a command or script: a group, a command, or one character.
    std::string argument() {
        skip_blanks();
        if (at_end()) {
            problem(i_, "missing argument in TeX math");
            return "<mrow></mrow>";
        }
        const char c = tex_[i_];
        if (c == '{' || c == '\\') {
            std::optional<Node> node = atom();
            return node ? node->ml : "<mrow></mrow>";
        }
        ++i_;
        if (is_digit(c)) return element("mn", std::string_view(&c, 1));
        if (is_letter(c)) return letter(c);
        --i_;
        std::optional<Node> node = atom();
        return node ? node->ml : "<mrow></mrow>";
    }

    // A group, a number, a letter, an operator or a command; none for commands that show
    // nothing (`\displaystyle`, `\label{x}`).
    std::optional<Node> atom() {
        if (depth_ >= kMaxMathDepth) {
            problem(i_, "TeX math nested deeper than " + std::to_string(kMaxMathDepth) +
                            " levels; the rest is shown as TeX");
            abandoned_ = true;
            std::string rest(tex_.substr(i_));
            i_ = tex_.size();
            return Node{"<merror>" + element("mtext", rest) + "</merror>"};
        }
        ++depth_;
        std::optional<Node> node = atom_at_depth();
        --depth_;
        return node;
    }

    std::optional<Node> atom_at_depth() {
        const char c = tex_[i_];
        if (c == '{') {
            const std::size_t open = i_++;
            Nodes inner = list({'}', false, false});
            if (peek() == '}') {
                ++i_;
            } else {
                problem(open, "missing '}' in TeX math");
            }
            return Node{inner.empty() ? "<mrow></mrow>" : row(inner)};
        }
        if (is_digit(c) || (c == '.' && is_digit(i_ + 1 < tex_.size() ? tex_[i_ + 1] : ' '))) {
            const std::size_t start = i_;
            while (!at_end() && (is_digit(tex_[i_]) ||
                                 (tex_[i_] == '.' && i_ + 1 < tex_.size() && is_digit(tex_[i_ + 1]))))
                ++i_;
            if (font_ != MathFont::none && font_ != MathFont::normal) {
                std::string text;
                for (std::size_t k = start; k < i_; ++k) {
                    const char32_t styled = styled_letter(tex_[k], font_);
                    if (styled == 0) text += tex_[k];
                    else append_utf8(text, styled);
                }
                return Node{element("mn", text)};
            }
            return Node{element("mn", tex_.substr(start, i_ - start))};
        }
        if (is_letter(c)) {
            ++i_;
            // Upright fonts set a word as one identifier (`\mathrm{max}`), as TeX spaces it.
            if (font_ == MathFont::normal) {
                const std::size_t start = i_ - 1;
                while (!at_end() && is_letter(tex_[i_])) ++i_;
                return Node{element("mi", tex_.substr(start, i_ - start),
                                    i_ - start == 1 ? " mathvariant=\"normal\"" : "")};
            }
            return Node{letter(c)};
        }
        if (c == '\\') {
            ++i_;
            return command(i_ - 1);
        }
        ++i_;
        if (static_cast<unsigned char>(c) >= 0x80) {
            // A character outside ASCII (`é`, `π` typed as is): an identifier, whole.
            std::size_t end = i_;
            while (end < tex_.size() && (static_cast<unsigned char>(tex_[end]) & 0xC0) == 0x80)
                ++end;
            const std::string_view character = tex_.substr(i_ - 1, end - i_ + 1);
            i_ = end;
            return Node{element("mi", character)};
        }
        switch (c) {
        case '-': return Node{"<mo>\u2212</mo>"};
        case '*': return Node{"<mo>\u2217</mo>"};
        case '~': return Node{"<mtext>\u00A0</mtext>"};
        case '(':
        case '[':
        case '|':
        case ')':
            return Node{element("mo", std::string_view(&c, 1), " stretchy=\"false\"")};
        default: return Node{element("mo", std::string_view(&c, 1))};
        }
    }

    std::string letter(char c) {
        const char32_t styled = styled_letter(c, font_);
        if (styled == 0) return element("mi", std::string_view(&c, 1));
        std::string text;
        append_utf8(text, styled);
        return element("mi", text);
    }

    std::optional<Node> command(std::size_t at) {
        const std::string_view name = command_name();
        if (name.empty()) {
            problem(at, "a lone '\\' at the end of TeX math");
            return Node{"<merror><mtext>\\</mtext></merror>"};
        }
        if (name.size() == 1 && !is_letter(name[0])) return control_symbol(name[0]);
        if (const TexSymbol* symbol = find_tex_symbol(name)) return from_symbol(*symbol, name);
        if (name == "frac" || name == "dfrac" || name == "tfrac" || name == "cfrac") {
            std::string numerator = argument();
            std::string denominator = argument();
            std::string ml = "<mfrac>" + numerator + denominator + "</mfrac>";
            if (name == "dfrac" || name == "cfrac")
                ml = "<mstyle displaystyle=\"true\">" + ml + "</mstyle>";
            if (name == "tfrac") ml = "<mstyle displaystyle=\"false\">" + ml + "</mstyle>";
            return Node{std::move(ml)};
        }
        if (name == "binom" || name == "dbinom" || name == "tbinom") {
            std::string top = argument();
            std::string bottom = argument();
            return Node{"<mrow><mo>(</mo><mfrac linethickness=\"0\">" + top + bottom +
                        "</mfrac><mo>)</mo></mrow>"};
        }
        if (name == "sqrt") {
            skip_blanks();
            if (peek() == '[') {
                const std::size_t open = i_++;
                Nodes index = list({']', false, false});
                if (peek() == ']') ++i_;
                else problem(open, "missing ']' in TeX math");
                std::string radicand = argument();
                return Node{"<mroot>" + radicand + row(index) + "</mroot>"};
            }
            return Node{"<msqrt>" + argument() + "</msqrt>"};
        }
        if (name == "left") return fenced(at);
        if (name == "right") {
            problem(at, "'\\right' without '\\left' in TeX math");
            return Node{element("mo", delimiter())};
        }
        if (name == "big" || name == "Big" || name == "bigg" || name == "Bigg" || name == "bigl" ||
            name == "bigr" || name == "Bigl" || name == "Bigr" || name == "biggl" ||
            name == "biggr" || name == "Biggl" || name == "Biggr" || name == "bigm" || name == "Bigm")
            return Node{element("mo", delimiter())};
        if (name == "text" || name == "textrm" || name == "textnormal" || name == "mbox" ||
            name == "textit" || name == "textbf" || name == "textsf" || name == "texttt" ||
            name == "hbox") {
            const std::string_view text = raw_argument();
            std::string_view variant;
            if (name == "textbf") variant = " mathvariant=\"bold\"";
            if (name == "textit") variant = " mathvariant=\"italic\"";
            return Node{element("mtext", text, variant)};
        }
        if (name == "operatorname" || name == "operatorname*") {
            const std::string_view text = raw_argument();
            return Node{element("mi", text), name.back() == '*', true};
        }
        if (const auto font = font_for(name)) {
            const MathFont saved = font_;
            font_ = *font;
            std::string ml = argument();
            font_ = saved;
            return Node{std::move(ml)};
        }
        if (const std::string_view mark = accent_for(name); !mark.empty()) {
            const bool under = name == "underline" || name == "underbrace";
            std::string base = argument();
            const bool brace = name == "overbrace" || name == "underbrace";
            std::string ml = under ? "<munder" : "<mover";
            ml += brace ? ">" : (under ? " accentunder=\"true\">" : " accent=\"true\">");
            ml += base;
            ml += element("mo", mark, name.starts_with("wide") || name == "overline" ||
                                              name == "underline" || brace || name == "overrightarrow"
                                          ? " stretchy=\"true\""
                                          : " stretchy=\"false\"");
            ml += under ? "</munder>" : "</mover>";
            // A brace takes its label as limits: `\underbrace{x}_{n}`.
            return Node{std::move(ml), brace};
        }
        if (name == "overset" || name == "stackrel" || name == "underset") {
            std::string script = argument();
            std::string base = argument();
            const std::string_view tag = name == "underset" ? "munder" : "mover";
            return Node{"<" + std::string(tag) + ">" + base + script + "</" + std::string(tag) + ">"};
        }
        if (name == "begin") return environment(at);
        if (name == "end") {
            problem(at, "'\\end' without '\\begin' in TeX math");
            raw_argument();
            return std::nullopt;
        }
        if (name == "not") {
            std::optional<Node> negated = at_end() ? std::nullopt : atom();
            if (!negated) return Node{"<mo>\u00AC</mo>"};
            // The combining long solidus over the symbol: `\not\in` is ∉ drawn.
            const std::size_t close = negated->ml.rfind("</");
            if (close != std::string::npos) negated->ml.insert(close, "\u0338");
            return negated;
        }
        if (name == "mod" || name == "bmod") return Node{"<mo lspace=\"0.2222em\">mod</mo>"};
        if (name == "pmod") {
            return Node{"<mrow><mo>(</mo><mo>mod</mo>" + argument() + "<mo>)</mo></mrow>"};
        }
        if (name == "quad") return Node{"<mspace width=\"1em\"></mspace>"};
        if (name == "qquad") return Node{"<mspace width=\"2em\"></mspace>"};
        if (name == "enspace") return Node{"<mspace width=\"0.5em\"></mspace>"};
        // KaTeX's and MathJax's word space, common in posts written for them.
        if (name == "space" || name == "nobreakspace")
            return Node{"<mspace width=\"0.2778em\"></mspace>"};
        if (name == "thinspace") return Node{"<mspace width=\"0.1667em\"></mspace>"};
        if (name == "dots") return Node{"<mo>\u2026</mo>"};
        if (name == "color") {
            raw_argument();
            return std::nullopt;
        }
        if (name == "textcolor") {
            raw_argument();
            return Node{argument()};
        }
        if (name == "boxed") return Node{"<menclose notation=\"box\">" + argument() + "</menclose>"};
        if (name == "mathop" || name == "mathbin" || name == "mathrel" || name == "mathord" ||
            name == "displaystyle" || name == "textstyle" || name == "scriptstyle" ||
            name == "limits" || name == "nolimits" || name == "nonumber" || name == "notag" ||
            name == "label" || name == "tag" || name == "tag*") {
            // Layout hints MathML decides itself, and equation numbers a post has no use for.
            if (name == "label" || name == "tag" || name == "tag*") raw_argument();
            return std::nullopt;
        }
        problem(at, "unknown TeX command '\\" + std::string(name) + "'; shown as TeX");
        return Node{"<merror>" + element("mtext", "\\" + std::string(name)) + "</merror>"};
    }

    Node from_symbol(const TexSymbol& symbol, std::string_view name) {
        switch (symbol.kind) {
        case TexSymbolKind::identifier: {
            // Capital Greek letters and ∞ are upright in TeX; a one-letter <mi> is italic.
            const bool upright = (name[0] >= 'A' && name[0] <= 'Z') || name == "infty" ||
                                 name == "emptyset" || name == "aleph" || name == "top" ||
                                 name == "bot" || name == "triangle";
            return Node{element("mi", symbol.text, upright ? " mathvariant=\"normal\"" : "")};
        }
        case TexSymbolKind::operator_: return Node{element("mo", symbol.text)};
        case TexSymbolKind::large_operator: {
            // Integrals keep their bounds beside them, as TeX sets them; the others take
            // limits below and above in display math only (`movablelimits`).
            const bool integral = name.ends_with("int");
            return Node{element("mo", symbol.text, integral ? "" : " movablelimits=\"true\""),
                        !integral};
        }
        case TexSymbolKind::function: return Node{element("mi", symbol.text), false, true};
        case TexSymbolKind::limits_function:
            return Node{element("mo", symbol.text, " movablelimits=\"true\""), true, true};
        }
        return Node{};
    }

    Node control_symbol(char c) {
        switch (c) {
        case ',': return Node{"<mspace width=\"0.1667em\"></mspace>"};
        case ':':
        case '>': return Node{"<mspace width=\"0.2222em\"></mspace>"};
        case ';': return Node{"<mspace width=\"0.2778em\"></mspace>"};
        case '!': return Node{"<mspace width=\"-0.1667em\"></mspace>"};
        case ' ': return Node{"<mtext>\u00A0</mtext>"};
        case '|': return Node{"<mo>\u2016</mo>"};
        case '{':
        case '}': return Node{element("mo", std::string_view(&c, 1), " stretchy=\"false\"")};
        default: return Node{element("mo", std::string_view(&c, 1))};
        }
    }

    // The delimiter after `\left`, `\right` or `\big`: a character or a command; `.` is none.
    std::string delimiter() {
        skip_blanks();
        if (at_end()) return {};
        if (tex_[i_] == '\\') {
            const std::size_t at = i_++;
            const std::string_view name = command_name();
            if (name == "{" || name == "}") return std::string(name);
            if (name == "|") return "\u2016";
            if (const TexSymbol* symbol = find_tex_symbol(name)) return std::string(symbol->text);
            problem(at, "unknown TeX delimiter '\\" + std::string(name) + "'");
            return {};
        }
        const char c = tex_[i_++];
        if (c == '.') return {};
        return std::string(1, c);
    }

    Node fenced(std::size_t at) {
        const std::string open = delimiter();
        Nodes inner = list({0, true, false});
        std::string close;
        if (command_ahead("right")) {
            i_ += 6;
            close = delimiter();
        } else {
            problem(at, "'\\left' without '\\right' in TeX math");
        }
        std::string ml = "<mrow>";
        ml += element("mo", open, " fence=\"true\" stretchy=\"true\"");
        for (const Node& node : inner) ml += node.ml;
        ml += element("mo", close, " fence=\"true\" stretchy=\"true\"");
        ml += "</mrow>";
        return Node{std::move(ml)};
    }

    std::optional<Node> environment(std::size_t at) {
        const std::string_view name = raw_argument();
        const Environment* layout = find_environment(name);
        if (layout == nullptr) {
            problem(at, "unknown TeX environment '" + std::string(name) + "'; shown as TeX");
            const std::string end = "\\end{" + std::string(name) + "}";
            const std::size_t found = tex_.find(end, i_);
            const std::size_t stop = found == std::string_view::npos ? tex_.size() : found + end.size();
            std::string text(tex_.substr(at, stop - at));
            i_ = stop;
            return Node{"<merror>" + element("mtext", text) + "</merror>"};
        }
        // `array`'s column spec and `alignat`'s column count say nothing MathML needs.
        skip_blanks();
        if ((name == "array" || name.starts_with("alignat")) && peek() == '{') raw_argument();
        std::string rows;
        for (;;) {
            std::string cells;
            for (;;) {
                Nodes cell = list({0, false, true});
                cells += "<mtd>" + (cell.empty() ? std::string() : row(cell)) + "</mtd>";
                if (peek() != '&') break;
                ++i_;
            }
            rows += "<mtr>" + cells + "</mtr>";
            if (!command_ahead("\\")) break;
            i_ += 2;
            // `\\[4pt]`: extra space between rows.
            skip_blanks();
            if (peek() == '[') {
                const std::size_t close = tex_.find(']', i_);
                if (close != std::string_view::npos) i_ = close + 1;
            }
            skip_blanks();
            // A last `\\` before `\end` makes no empty row.
            if (command_ahead("end") || at_end()) break;
        }
        if (command_ahead("end")) {
            i_ += 4;
            const std::string_view closing = raw_argument();
            if (closing != name)
                problem(at, "'\\begin{" + std::string(name) + "}' ended by '\\end{" +
                                std::string(closing) + "}' in TeX math");
        } else {
            problem(at, "'\\begin{" + std::string(name) + "}' without '\\end' in TeX math");
        }
        std::string table = "<mtable";
        if (!layout->align.empty()) {
            // Columns alternate as `align` sets them: right-aligned left sides, left-aligned
            // right sides (`columnalign` repeats its last value, so it is spelled out).
            std::string aligns;
            for (int column = 0; column < 8; ++column) {
                if (!aligns.empty()) aligns += ' ';
                if (layout->align == "left") aligns += "left";
                else if (layout->align == "right left") aligns += column % 2 == 0 ? "right" : "left";
                else aligns += column % 3 == 0 ? "right" : column % 3 == 1 ? "center" : "left";
            }
            table += " columnalign=\"" + aligns + "\"";
        }
        if (name.starts_with("align") || name == "aligned" || name == "split" ||
            name.starts_with("gather") || name.starts_with("eqnarray"))
            table += " displaystyle=\"true\"";
        table += ">" + rows + "</mtable>";
        if (layout->open.empty() && layout->close.empty()) return Node{std::move(table)};
        std::string ml = "<mrow>";
        ml += element("mo", layout->open, " fence=\"true\" stretchy=\"true\"");
        ml += table;
        if (!layout->close.empty())
            ml += element("mo", layout->close, " fence=\"true\" stretchy=\"true\"");
        ml += "</mrow>";
        return Node{std::move(ml)};
    }

    static std::optional<MathFont> font_for(std::string_view name) {
        if (name == "mathrm" || name == "rm" || name == "mathup") return MathFont::normal;
        if (name == "mathbf" || name == "boldsymbol" || name == "bm" || name == "bf")
            return MathFont::bold;
        if (name == "mathit" || name == "it") return MathFont::none;
        if (name == "mathbb" || name == "Bbb") return MathFont::double_struck;
        if (name == "mathcal" || name == "mathscr" || name == "cal") return MathFont::script;
        if (name == "mathfrak") return MathFont::fraktur;
        if (name == "mathsf") return MathFont::sans_serif;
        if (name == "mathtt") return MathFont::monospace;
        return std::nullopt;
    }

    static std::string_view accent_for(std::string_view name) {
        if (name == "hat" || name == "widehat") return "^";
        if (name == "bar" || name == "overline") return "\u00AF";
        if (name == "underline") return "_";
        if (name == "vec" || name == "overrightarrow") return "\u2192";
        if (name == "dot") return "\u02D9";
        if (name == "ddot") return "\u00A8";
        if (name == "tilde" || name == "widetilde") return "~";
        if (name == "check") return "\u02C7";
        if (name == "acute") return "\u00B4";
        if (name == "grave") return "`";
        if (name == "breve") return "\u02D8";
        if (name == "overbrace") return "\u23DE";
        if (name == "underbrace") return "\u23DF";
        return {};
    }

    std::string_view tex_;
    std::size_t i_ = 0;
    int depth_ = 0;
    MathFont font_ = MathFont::none;
    bool abandoned_ = false;  // past the depth limit: the rest is TeX, no more problems
    std::vector<MathProblem> problems_;
};

}  // namespace

MathMarkup tex_to_mathml(std::string_view tex, bool display) {
    Converter converter(tex);
    std::string body = converter.run();
    MathMarkup out;
    out.mathml = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"";
    if (display) out.mathml += " display=\"block\"";
    // <semantics> wants one presentation element before its annotation.
    out.mathml += "><semantics><mrow>";
    out.mathml += body;
    out.mathml += "</mrow><annotation encoding=\"application/x-tex\">";
    append_escaped(out.mathml, tex);
    out.mathml += "</annotation></semantics></math>";
    out.problems = converter.take_problems();
    return out;
}

}  // namespace folio
