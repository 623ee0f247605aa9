#include "src/output/output_place.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "src/diagnostics/usage_error.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

// Whether `inner` is `outer` or below it, by whole path components.
bool within(const fs::path& inner, const fs::path& outer) {
    auto in = inner.begin();
    for (auto out = outer.begin(); out != outer.end(); ++out, ++in) {
        if (out->empty()) continue;  // a trailing separator
        if (in == inner.end() || *in != *out) return false;
    }
    return true;
}

std::string kind_of(mode_t mode) {
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISDIR(mode)) return "a folder";
    return "not a regular file";
}

}  // namespace

std::optional<Diagnostic> output_place_problem(const std::vector<std::string>& inputs,
                                               const std::string& output, OutputShape shape,
                                               InsideInput inside) {
    if (output.empty() || output == "-") return std::nullopt;
    struct stat out_info {};
    const bool out_exists = ::stat(output.c_str(), &out_info) == 0;
    if (out_exists) {
        const bool fits = shape == OutputShape::file ? S_ISREG(out_info.st_mode)
                                                     : S_ISDIR(out_info.st_mode);
        if (!fits) {
            return usage_error(
                "usage.output-kind",
                "the output '" + output + "' exists and is " + kind_of(out_info.st_mode) +
                    (shape == OutputShape::file
                         ? ": folio writes a new file and renames it into place, which would "
                           "replace it; name a file (or - for standard output)"
                         : ": this command writes a folder of files; name a folder"),
                output);
        }
    }
    std::error_code ec;
    if (out_exists) {
        // /dev/stdout and /proc/self/fd/N redirected to a file: the rename would replace the
        // link in /dev (or fail), never write where standard output goes. What is refused is a
        // name that stands for another file; a file that lives in /dev/shm (a tmpfs, where
        // benchmarks and build systems keep scratch files) is a file like any other.
        const auto system = [](const std::string& path) {
            return path.starts_with("/proc/") || path.starts_with("/dev/");
        };
        const std::string named = fs::absolute(output, ec).lexically_normal().string();
        const std::string real = fs::canonical(output, ec).string();
        const auto names_a_stream = [](const std::string& path) {
            return path.starts_with("/proc/") || path.starts_with("/dev/fd/") ||
                   path.starts_with("/dev/std");
        };
        const bool stands_for_another = ec || named != real;
        if (names_a_stream(named) || (!ec && real.starts_with("/proc/")) ||
            (stands_for_another && (system(named) || (!ec && system(real))))) {
            return usage_error("usage.output-kind",
                               "the output '" + output +
                                   "' is a system file that stands for another: use - for "
                                   "standard output",
                               output);
        }
    }
    const fs::path real_output = fs::weakly_canonical(fs::absolute(output, ec), ec);
    if (ec) return std::nullopt;  // the write itself reports what is wrong with the path
    for (const std::string& input : inputs) {
        if (input.empty() || input == "-") continue;
        struct stat in_info {};
        if (::stat(input.c_str(), &in_info) != 0) continue;
        const fs::path real_input = fs::canonical(input, ec);
        if (ec) continue;
        const bool same = real_input == real_output ||
                          (out_exists && in_info.st_dev == out_info.st_dev &&
                           in_info.st_ino == out_info.st_ino);
        std::string relation;
        if (same) {
            relation = "is the input '" + input + "'";
        } else if (S_ISDIR(in_info.st_mode) && within(real_output, real_input)) {
            if (inside == InsideInput::allowed) continue;
            relation = "lies inside the input '" + input +
                       "' (what it writes would be read back in as input next time)";
        } else if (within(real_input, real_output)) {
            relation = "contains the input '" + input + "'";
        } else {
            continue;
        }
        return usage_error("usage.overlap",
                           "the output '" + output + "' " + relation +
                               ": writing it could replace the sources; name an output apart "
                               "from the inputs",
                           output);
    }
    return std::nullopt;
}

}  // namespace folio
