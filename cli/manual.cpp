#include "cli/manual.hpp"

#include <CLI/CLI.hpp>

#include <fstream>
#include <vector>

#include "cli/completions.hpp"
#include "cli/option_views.hpp"

namespace folio::cli {

namespace {

namespace fs = std::filesystem;

// roff: a leading dot or quote would be a request, a backslash an escape.
std::string roff(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
    return out;
}

}  // namespace

std::string man_page(const CLI::App& app, const CLI::App* command) {
    const std::string name = command != nullptr ? "folio-" + command->get_name() : "folio";
    std::string out = ".TH " + roff(name) + " 1 \"\" \"folio " + std::string(FOLIO_VERSION) +
                      "\" \"folio manual\"\n";
    out += ".SH NAME\n" + roff(name) + " \\- " +
           roff(command != nullptr ? command->get_description() : app.get_description()) + "\n";
    out += ".SH SYNOPSIS\n\\fBfolio\\fR ";
    if (command != nullptr) {
        out += "\\fB" + roff(command->get_name()) + "\\fR [\\fIOPTIONS\\fR]";
        if (const std::string inputs = positional_help(*command); !inputs.empty())
            out += " \\fIINPUTS\\fR...";
        out += "\n";
    } else {
        out += "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]\n";
    }
    if (command != nullptr) {
        if (const std::string inputs = positional_help(*command); !inputs.empty())
            out += ".SH INPUTS\n" + roff(inputs) + "\n";
    } else {
        out += ".SH COMMANDS\n";
        for (const CLI::App* sub : commands_of(app)) {
            out += ".TP\n.B " + roff(sub->get_name()) + "\n" + roff(sub->get_description()) +
                   " (see \\fBfolio\\-" + roff(sub->get_name()) + "\\fR(1))\n";
        }
    }
    out += ".SH OPTIONS\n";
    for (const OptionView& option : options_of(command != nullptr ? *command : app)) {
        out += ".TP\n";
        std::string names;
        for (const std::string* n : {&option.short_name, &option.long_name}) {
            if (n->empty()) continue;
            if (!names.empty()) names += ", ";
            names += "\\fB" + roff(*n) + "\\fR";
        }
        if (!option.value.empty()) names += " \\fI" + roff(option.value) + "\\fR";
        out += names + "\n" + roff(option.help);
        if (!option.help.empty() && option.help.back() != '.') out += '.';
        if (!option.choices.empty()) out += " One of: " + roff(words(option.choices)) + ".";
        if (option.required) out += " Required.";
        out += "\n";
    }
    if (command != nullptr) {
        out += ".SH CONFIGURATION\nEvery option can also be set in the \\fB[" +
               roff(command->get_name()) +
               "]\\fR table of \\fIfolio.toml\\fR, with the option's name as the key "
               "(\\fBtime_zone = \"UTC\"\\fR for \\fB\\-\\-time\\-zone\\fR; an option "
               "\\fB\\-\\-no\\-\\fR\\fIx\\fR also as \\fIx\\fB = false\\fR); the command line "
               "wins over the table, the table over the top\\-level keys.\n";
        out += ".SH EXIT STATUS\n0: done (warnings may have been printed); 1: an input had an "
               "error, or the output could not be written; 2: bad command line or "
               "configuration, nothing was processed.\n";
        out += ".SH SEE ALSO\n\\fBfolio\\fR(1)\n";
    } else {
        out += ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nNo colours on a terminal.\n.TP\n"
               ".B SOURCE_DATE_EPOCH\nThe build time of books and feeds, for reproducible "
               "output.\n.TP\n.B FOLIO_PROGRESS_DELAY\nSeconds a run on a terminal goes "
               "before it shows a progress line (default 1).\n";
    }
    return out;
}

std::string write_manual(const CLI::App& app, const fs::path& folder) {
    std::error_code ec;
    fs::create_directories(folder / "man", ec);
    fs::create_directories(folder / "completions", ec);
    if (ec) return "cannot create " + folder.string() + ": " + ec.message();
    std::vector<std::pair<fs::path, std::string>> files = {
        {folder / "man" / "folio.1", man_page(app, nullptr)},
        {folder / "completions" / "folio.bash", bash_completion(app)},
        {folder / "completions" / "_folio", zsh_completion(app)},
        {folder / "completions" / "folio.fish", fish_completion(app)},
    };
    for (const CLI::App* command : commands_of(app))
        files.emplace_back(folder / "man" / ("folio-" + command->get_name() + ".1"),
                           man_page(app, command));
    for (const auto& [path, text] : files) {
        std::ofstream out(path, std::ios::binary);
        out << text;
        if (!out.flush()) return "cannot write " + path.string();
    }
    return {};
}

}  // namespace folio::cli
