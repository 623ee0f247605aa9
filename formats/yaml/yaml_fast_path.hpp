#pragma once

#include <cstddef>
#include <optional>

#include "src/plugin/front_matter.hpp"

namespace folio {

/// The YAML front matter `[begin, end)` of `source.text()` decoded without yaml-cpp, when it
/// has the simple shape front matter almost always has: a block map of `key: value` lines whose
/// values are one-line plain, single- or double-quoted scalars, one-line flow lists of scalars,
/// block lists of scalars or of small maps, and maps nested a few levels deep, with comments
/// and blank lines between. Empty ("not handled") for anything else, valid or not — anchors,
/// tags, block scalars, flow maps, multi-line scalars, tabs, duplicate keys, odd indentation —
/// so the caller runs yaml-cpp, whose result it equals, positions included, for every document
/// it does accept (tests/formats/yaml/yaml_fast_path_differential_test.cpp checks that).
std::optional<FrontMatter> decode_simple_yaml_front_matter(const SourceText& source,
                                                           std::size_t begin, std::size_t end);

/// The same front matter decoded by yaml-cpp alone, as `decode_yaml_front_matter` did before
/// the fast path: kept callable so tests can hold the two paths against each other. Errors
/// point into the whole file; library exceptions never escape.
Result<FrontMatter> decode_yaml_front_matter_with_yaml_cpp(const SourceText& source,
                                                           std::size_t begin, std::size_t end);

}  // namespace folio
