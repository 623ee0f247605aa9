#!/usr/bin/python3
"""Generates the lookup tables of src/text from Python's own codecs and Unicode database, so
they are derived rather than typed in by hand.

    /usr/bin/python3 src/text/gen_tables.py        # rewrites the .cpp tables beside it

Writes:
  code_page_tables.cpp       code point -> byte for the upper halves (0x80..0xFF) of Mac Roman
                             and Windows-1252, sorted by code point (see code_page_tables.hpp)
  transliteration_table.cpp  Latin letter -> lowercase ASCII for slugs (see
                             transliteration_table.hpp)
  search_fold_table.cpp      code point -> its folded spelling for the site's search, as
                             search.js folds (see search_fold_table.hpp)

The output depends on the Python version's Unicode database; the header comment of each
generated file records it, so a regeneration that changes anything shows up in review.
"""

import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent

# Windows-1252 leaves these five bytes undefined. Python's strict codec refuses them, but the
# decoders that produce mojibake (browsers, MySQL's "latin1", ISO 8859-1 readers) turn every
# byte 0x80..0x9F into the C1 control with the same number. So the Windows-1252 table also
# maps all of U+0080..U+009F back to their own byte: no real text contains C1 controls.
C1_CONTROLS = range(0x80, 0xA0)

# Letters NFKD leaves alone (no decomposition) or decomposes into something that is not
# plain ASCII, with the transliteration German, Dutch, Nordic and Polish readers expect.
OVERRIDES = {
    0x00C6: "ae", 0x00E6: "ae",   # Æ æ
    0x01E2: "ae", 0x01E3: "ae",   # Ǣ ǣ
    0x01FC: "ae", 0x01FD: "ae",   # Ǽ ǽ
    0x00D0: "d", 0x00F0: "d",     # Ð ð
    0x0110: "d", 0x0111: "d",     # Đ đ
    0x00DE: "th", 0x00FE: "th",   # Þ þ
    0x00DF: "ss", 0x1E9E: "ss",   # ß ẞ
    0x00D8: "o", 0x00F8: "o",     # Ø ø
    0x0141: "l", 0x0142: "l",     # Ł ł
    0x013F: "l", 0x0140: "l",     # Ŀ ŀ (NFKD adds a middle dot)
    0x0132: "ij", 0x0133: "ij",   # Ĳ ĳ (NFKD already agrees; listed because Dutch needs it)
    0x0152: "oe", 0x0153: "oe",   # Œ œ
    0x0131: "i",                  # ı
    0x0237: "j",                  # ȷ
    0x0138: "k",                  # ĸ
    0x0149: "n",                  # ŉ (NFKD: modifier apostrophe + n)
    0x014A: "ng", 0x014B: "ng",   # Ŋ ŋ
    0x018F: "e", 0x01DD: "e",     # Ə ǝ
}

# Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional (Vietnamese).
TRANSLITERATED_RANGES = [(0x00A0, 0x0250), (0x1E00, 0x1F00)]

# "LATIN SMALL LETTER B WITH STROKE": NFKD does not decompose letters with strokes, hooks or
# bars, but the Unicode name says which base letter they are.
BASE_LETTER_NAME = re.compile(r"^LATIN (?:SMALL|CAPITAL) LETTER ([A-Z]) WITH ")


def code_page_reverse(codec):
    pairs = {}
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        pairs[ord(char)] = byte
    if codec == "cp1252":
        for byte in C1_CONTROLS:
            pairs.setdefault(byte, byte)
    return sorted(pairs.items())


def transliteration(code_point):
    if code_point in OVERRIDES:
        return OVERRIDES[code_point]
    char = chr(code_point)
    if unicodedata.category(char)[0] not in "LN":
        return None
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", char)
                         if unicodedata.category(c) != "Mn")
    if decomposed and all(c.isascii() and c.isalnum() for c in decomposed):
        return decomposed.lower()
    match = BASE_LETTER_NAME.match(unicodedata.name(char, ""))
    if match:
        return match.group(1).lower()
    return None


def transliterations():
    out = []
    for begin, end in TRANSLITERATED_RANGES:
        for code_point in range(begin, end):
            ascii_text = transliteration(code_point)
            if ascii_text:
                out.append((code_point, ascii_text))
    return out


# What search.js spells out after NFKD, as its own map does: letters Unicode does not decompose
# into a base letter and an accent, and the final sigma, which toLowerCase gives at a word's end.
SEARCH_SPELLED = {"\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0111": "d",
                  "\u0142": "l", "\u0131": "i", "\u00fe": "th", "\u00f0": "d", "\u03c2": "\u03c3"}
# Hangul syllables decompose by a formula (search_fold.cpp), not by the table.
HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)


def search_fold(text):
    """search.js's fold(): NFKD, combining marks U+0300-U+036F left out, lower case, spelled."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not 0x300 <= ord(c) <= 0x36F).lower()
    return "".join(SEARCH_SPELLED.get(c, c) for c in text)


def search_foldings():
    out = []
    for code_point in range(0x80, 0x110000):
        if 0xD800 <= code_point < 0xE000 or code_point in HANGUL_SYLLABLES:
            continue
        folded = search_fold(chr(code_point))
        if folded != chr(code_point):
            out.append((code_point, folded))
    return out


def c_string(text):
    # Octal escapes are never longer than three digits, so no digit after one can join it.
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\?' else f"\\{b:03o}"
                         for b in text.encode("utf-8")) + '"'


def write_search_foldings():
    pairs = search_foldings()
    lines = [banner(), '#include "src/text/search_fold_table.hpp"\n', "namespace folio {\n",
             "constexpr SearchFolding search_folding_entries[] = {"]
    for at in range(0, len(pairs), 2):
        lines.append("    " + " ".join(f"{{0x{code_point:04X}, {c_string(folded)}}},"
                                        for code_point, folded in pairs[at:at + 2]))
    lines.append("};")
    lines.append("const std::span<const SearchFolding> search_folding_table{search_folding_entries};\n")
    lines.append("}  // namespace folio")
    (HERE / "search_fold_table.cpp").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(pairs)


def banner():
    return (f"// Generated by src/text/gen_tables.py (Python {sys.version.split()[0]}, Unicode "
            f"{unicodedata.unidata_version}). Do not edit: change the script and rerun it.\n")


def write_code_pages():
    lines = [banner(), '#include "src/text/code_page_tables.hpp"\n', "namespace folio {\n"]
    for name, codec in (("mac_roman_reverse", "mac_roman"),
                        ("windows_1252_reverse", "cp1252")):
        pairs = code_page_reverse(codec)
        lines.append(f"constexpr CodePageByte {name}_entries[] = {{")
        for code_point, byte in pairs:
            lines.append(f"    {{0x{code_point:04X}, 0x{byte:02X}}},  // {chr(code_point)!r}")
        lines.append("};")
        lines.append(f"const std::span<const CodePageByte> {name}{{{name}_entries}};\n")
    lines.append("}  // namespace folio")
    (HERE / "code_page_tables.cpp").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {name: len(code_page_reverse(codec))
            for name, codec in (("mac_roman", "mac_roman"), ("windows_1252", "cp1252"))}


def write_transliterations():
    pairs = transliterations()
    lines = [banner(), '#include "src/text/transliteration_table.hpp"\n', "namespace folio {\n",
             "constexpr Transliteration transliteration_entries[] = {"]
    for code_point, ascii_text in pairs:
        lines.append(f'    {{0x{code_point:04X}, "{ascii_text}"}},  // {chr(code_point)}')
    lines.append("};")
    lines.append("const std::span<const Transliteration> transliteration_table{transliteration_entries};\n")
    lines.append("}  // namespace folio")
    (HERE / "transliteration_table.cpp").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(pairs)


if __name__ == "__main__":
    sizes = write_code_pages()
    count = write_transliterations()
    foldings = write_search_foldings()
    print(f"code pages: {sizes}; transliterations: {count}; search foldings: {foldings}")
