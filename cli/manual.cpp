#include "cli/manual.hpp"

#include <CLI/CLI.hpp>

#include <fstream>
#include <vector>

namespace folio::cli {

namespace {

namespace fs = std::filesystem;

/// One option as the manual and completions show it.
struct OptionView {
    std::string long_name;   ///< `--title`, empty for short-only
    std::string short_name;  ///< `-o`, empty when none
    std::string value;       ///< `TEXT`, `UINT`...; empty for flags
    std::vector<std::string> choices;
    std::string help;
    bool required = false;
};

std::vector<OptionView> options_of(const CLI::App& command) {
    std::vector<OptionView> out;
    for (const CLI::Option* option : command.get_options()) {
        if (!option->nonpositional()) continue;
        OptionView view;
        if (!option->get_lnames().empty()) view.long_name = "--" + option->get_lnames().front();
        if (!option->get_snames().empty()) view.short_name = "-" + option->get_snames().front();
        view.help = option->get_description();
        view.required = option->get_required();
        if (option->get_expected_max() > 0) {
            std::string type = option->get_type_name();
            // IsMember adds `:{a,b}` to the type name: those are the values to offer.
            if (const auto open = type.find('{'); open != std::string::npos) {
                const auto close = type.find('}', open);
                std::string list = type.substr(open + 1, close - open - 1);
                for (std::size_t start = 0; start <= list.size();) {
                    const auto comma = std::min(list.find(',', start), list.size());
                    view.choices.push_back(list.substr(start, comma - start));
                    start = comma + 1;
                }
                type = type.substr(0, type.find(':'));
            }
            view.value = type.empty() ? "VALUE" : type;
        }
        out.push_back(std::move(view));
    }
    return out;
}

std::string positional_help(const CLI::App& command) {
    for (const CLI::Option* option : command.get_options()) {
        if (!option->nonpositional()) return option->get_description();
    }
    return {};
}

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

std::string single_quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::vector<const CLI::App*> commands_of(const CLI::App& app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* command : app.get_subcommands({})) out.push_back(command);
    return out;
}

std::string words(const std::vector<std::string>& list) {
    std::string out;
    for (const std::string& word : list) out += (out.empty() ? "" : " ") + word;
    return out;
}

std::vector<std::string> option_words(const CLI::App& command) {
    std::vector<std::string> out;
    for (const OptionView& option : options_of(command)) {
        if (!option.long_name.empty()) out.push_back(option.long_name);
        if (!option.short_name.empty()) out.push_back(option.short_name);
    }
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
               "(\\fBtime_zone = \"UTC\"\\fR for \\fB\\-\\-time\\-zone\\fR); the command line "
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

std::string bash_completion(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : commands_of(app)) names.push_back(command->get_name());
    std::string out = "# bash completion for folio, made from its option definitions\n"
                      "_folio() {\n"
                      "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                      "    local command='' i opts=''\n"
                      "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                      "        case ${COMP_WORDS[i]} in -*) ;; *) command=${COMP_WORDS[i]}; break ;; esac\n"
                      "    done\n"
                      "    case $command in\n"
                      "    '') COMPREPLY=($(compgen -W '" + words(names) + " help " +
                      words(option_words(app)) + "' -- \"$cur\")); return ;;\n"
                      "    help) COMPREPLY=($(compgen -W '" + words(names) + "' -- \"$cur\")); return ;;\n";
    for (const CLI::App* command : commands_of(app)) {
        out += "    " + command->get_name() + ")\n        case $prev in\n";
        for (const OptionView& option : options_of(*command)) {
            if (option.value.empty()) continue;
            std::string pattern = option.long_name;
            if (!option.short_name.empty()) pattern += "|" + option.short_name;
            out += "        " + pattern + ") ";
            if (!option.choices.empty())
                out += "COMPREPLY=($(compgen -W '" + words(option.choices) + "' -- \"$cur\")); return ;;\n";
            else
                out += "COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
        }
        out += "        esac\n        opts='" + words(option_words(*command)) + " " +
               words(option_words(app)) + "' ;;\n";
    }
    out += "    esac\n"
           "    if [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o filenames -F _folio folio\n";
    return out;
}

std::string zsh_completion(const CLI::App& app) {
    const auto escaped = [](std::string_view text) {
        std::string out;
        for (const char c : text) {
            if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
            out += c;
        }
        return single_quoted(out);
    };
    const auto spec = [&](const OptionView& option) {
        std::string out;
        for (const std::string* name : {&option.long_name, &option.short_name}) {
            if (name->empty()) continue;
            std::string one = *name + "[" + option.help + "]";
            if (!option.value.empty()) {
                one += ":" + option.value + ":";
                if (!option.choices.empty()) one += "(" + words(option.choices) + ")";
                else one += "_files";
            }
            out += " \\\n        " + escaped(one);
        }
        return out;
    };
    std::string out = "#compdef folio\n# zsh completion for folio, made from its option definitions\n"
                      "_folio() {\n    local -a commands\n    commands=(\n";
    for (const CLI::App* command : commands_of(app))
        out += "        " + escaped(command->get_name() + ":" + command->get_description()) + "\n";
    out += "    )\n    local state\n    _arguments -C";
    for (const OptionView& option : options_of(app)) out += spec(option);
    out += " \\\n        '1: :->command' '*:: :->arguments'\n"
           "    case $state in\n"
           "    command) _describe command commands ;;\n"
           "    arguments)\n        case $words[1] in\n"
           "        help) _describe command commands ;;\n";
    for (const CLI::App* command : commands_of(app)) {
        out += "        " + command->get_name() + ") _arguments";
        for (const OptionView& option : options_of(*command)) out += spec(option);
        out += " \\\n        '*:input:_files' ;;\n";
    }
    out += "        esac ;;\n    esac\n}\n_folio \"$@\"\n";
    return out;
}

std::string fish_completion(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : commands_of(app)) names.push_back(command->get_name());
    std::string out = "# fish completion for folio, made from its option definitions\n";
    const std::string none = "not __fish_seen_subcommand_from " + words(names) + " help";
    for (const CLI::App* command : commands_of(app))
        out += "complete -c folio -f -n " + single_quoted(none) + " -a " +
               command->get_name() + " -d " + single_quoted(command->get_description()) + "\n";
    out += "complete -c folio -f -n " + single_quoted(none) + " -a help -d " +
           single_quoted("Show the options of a command") + "\n";
    out += "complete -c folio -f -n '__fish_seen_subcommand_from help' -a " +
           single_quoted(words(names)) + "\n";
    const auto line = [&](const std::string& condition, const OptionView& option) {
        std::string one = "complete -c folio -n " + single_quoted(condition);
        if (!option.long_name.empty()) one += " -l " + option.long_name.substr(2);
        if (!option.short_name.empty()) one += " -s " + option.short_name.substr(1);
        if (!option.choices.empty()) one += " -x -a " + single_quoted(words(option.choices));
        else if (!option.value.empty()) one += " -r -F";
        return one + " -d " + single_quoted(option.help) + "\n";
    };
    for (const OptionView& option : options_of(app)) out += line("true", option);
    for (const CLI::App* command : commands_of(app)) {
        for (const OptionView& option : options_of(*command))
            out += line("__fish_seen_subcommand_from " + command->get_name(), option);
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
