#include "cli/option_views.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>

namespace folio::cli {

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

std::string single_quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace folio::cli
