#include "src/modules/module_loader.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <array>
#include <cstdlib>

#ifndef FOLIO_MODULE_LIBDIR
#define FOLIO_MODULE_LIBDIR "lib"
#endif
#ifndef FOLIO_MODULE_FULL_LIBDIR
#define FOLIO_MODULE_FULL_LIBDIR "/usr/local/lib"
#endif

namespace folio {
namespace {

std::string program_folder() {
    std::array<char, 4096> path{};
    const ssize_t size = readlink("/proc/self/exe", path.data(), path.size() - 1);
    if (size <= 0) return {};
    std::string folder(path.data(), static_cast<std::size_t>(size));
    const std::size_t slash = folder.rfind('/');
    return slash == std::string::npos ? std::string{} : folder.substr(0, slash);
}

}  // namespace

const char* installed_module_folder() { return FOLIO_MODULE_LIBDIR "/folio/"; }

LoadedSymbol load_module_symbol(const char* file, const char* override_variable,
                                const char* symbol) {
    std::array<std::string, 3> candidates;
    if (const char* chosen = std::getenv(override_variable); chosen != nullptr && *chosen != '\0') {
        candidates[0] = chosen;
    } else {
        const std::string folder = program_folder();
        candidates[0] = folder + "/" + file;
        candidates[1] = folder + "/../" FOLIO_MODULE_LIBDIR "/folio/" + file;
        // A program of the library's user lives anywhere: the prefix folio was configured for.
        candidates[2] = std::string(FOLIO_MODULE_FULL_LIBDIR "/folio/") + file;
    }
    LoadedSymbol loaded;
    for (const std::string& path : candidates) {
        if (path.empty() || access(path.c_str(), F_OK) != 0) continue;
        loaded.found = true;
        // Never closed: a module's library may not support being unloaded (Qt does not), and
        // what it hands out lives as long as the process.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            if (loaded.error.empty()) loaded.error = dlerror();
            continue;
        }
        loaded.symbol = dlsym(handle, symbol);
        if (loaded.symbol != nullptr) {
            loaded.error.clear();
            return loaded;
        }
        loaded.error = path + " is not folio's module of this version";
    }
    return loaded;
}

}  // namespace folio
