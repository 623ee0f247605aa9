// Writes engine_site_config's files for one engine into a folder, as `folio migrate --site`
// will: for the engine build test, until that command exists. The caller's rules: where the
// engine has a configuration already (engine_config_file_names), nothing is written; otherwise
// a file that exists is left as it is. Either is said on standard error.
//
//   write_site_config ENGINE DIR [--base-url URL] [--permalink PATTERN] [--section NAME]
//                     [--custom-key KEY]... [--redirect FROM=TO]... [--include-drafts]
//                     [--no-redirects]

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "src/engine/engine_site_config.hpp"
#include "src/meta/engine_profile.hpp"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: write_site_config ENGINE DIR [options]\n";
        return 2;
    }
    const folio::EngineProfile* profile = folio::find_engine_profile(argv[1]);
    if (profile == nullptr) {
        std::cerr << "write_site_config: unknown engine " << argv[1]
                  << " (known: " << folio::engine_profile_names() << ")\n";
        return 2;
    }
    const std::filesystem::path root = argv[2];
    folio::SiteConfigOptions options;
    for (int i = 3; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--include-drafts") {
            options.include_drafts = true;
        } else if (arg == "--no-redirects") {
            options.redirect_form = folio::SiteRedirectForm::none;
        } else if (arg == "--base-url" && has_value) {
            options.base_url = argv[++i];
        } else if (arg == "--permalink" && has_value) {
            options.permalink = argv[++i];
        } else if (arg == "--section" && has_value) {
            options.section = argv[++i];
        } else if (arg == "--custom-key" && has_value) {
            options.custom_keys.emplace_back(argv[++i]);
        } else if (arg == "--redirect" && has_value) {
            const std::string value = argv[++i];
            const std::size_t equals = value.find('=');
            if (equals == std::string::npos) {
                std::cerr << "write_site_config: --redirect wants FROM=TO, not " << value << "\n";
                return 2;
            }
            options.redirects.push_back({value.substr(0, equals), value.substr(equals + 1)});
        } else {
            std::cerr << "write_site_config: unknown option " << arg << "\n";
            return 2;
        }
    }
    const auto files = folio::engine_site_config(*profile, options);
    if (files.empty()) {
        std::cerr << "write_site_config: " << profile->name << " has no site configuration\n";
        return 1;
    }
    for (const std::string_view name : folio::engine_config_file_names(*profile)) {
        if (std::filesystem::exists(root / name)) {
            std::cerr << "write_site_config: the site has its own " << name << "; wrote nothing\n";
            return 0;
        }
    }
    for (const folio::OutputFile& file : files) {
        const std::filesystem::path target = root / file.path;
        if (std::filesystem::exists(target)) {
            std::cerr << "write_site_config: kept " << file.path << " (it exists)\n";
            continue;
        }
        std::filesystem::create_directories(target.parent_path());
        std::ofstream out(target, std::ios::binary);
        out << file.bytes;
        if (!out) {
            std::cerr << "write_site_config: cannot write " << target << "\n";
            return 1;
        }
    }
    return 0;
}
