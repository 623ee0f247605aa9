#include "cli/completions.hpp"

#include <CLI/CLI.hpp>

#include "cli/option_views.hpp"

namespace folio::cli {

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

}  // namespace folio::cli
