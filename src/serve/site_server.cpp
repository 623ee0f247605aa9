#include "src/serve/site_server.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <memory>
#include <optional>

#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/modules/module_loader.hpp"
#include "src/serve/http_module_abi.hpp"
#include "src/serve/live_reload.hpp"
#include "src/urls/url_path.hpp"

namespace folio::serve {

namespace {

namespace fs = std::filesystem;

// Largest file served: far above any page or image of a blog, and a bound on what one request
// can make the server read into memory.
constexpr std::uint64_t kMaxServedFile = std::uint64_t{256} << 20;

// How often an idle event stream says it is alive, so a proxy or the browser keeps it open.
constexpr std::chrono::seconds kKeepAlive{15};

constexpr const char* kModuleFile = "folio-http.so";

}  // namespace

struct SiteServer::State {
    ServerSettings settings;
    std::unique_ptr<HttpServer> server;
    std::mutex mutex;
    std::condition_variable changed;
    std::uint64_t generation = 1;
    bool stopping = false;
    ServedProblems problems;
};

std::string content_type_for(const std::string& path) {
    static const std::map<std::string, std::string, std::less<>> types = {
        {".html", "text/html; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".json", "application/json"},
        {".xml", "application/xml"},
        {".xsl", "application/xslt+xml"},
        {".txt", "text/plain; charset=utf-8"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},
        {".webp", "image/webp"},
        {".avif", "image/avif"},
        {".svg", "image/svg+xml"},
        {".ico", "image/vnd.microsoft.icon"},
        {".woff2", "font/woff2"},
        {".pdf", "application/pdf"},
        {".mp4", "video/mp4"},
        {".mp3", "audio/mpeg"},
    };
    std::string extension = fs::path(path).extension().string();
    for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    const auto type = types.find(extension);
    return type == types.end() ? "application/octet-stream" : type->second;
}

std::string site_file_for(const std::string& request_path) {
    if (request_path.empty() || request_path.front() != '/') return {};
    if (request_path.find('\0') != std::string::npos ||
        request_path.find('\\') != std::string::npos)
        return {};
    std::string file;
    std::size_t at = 1;
    while (at <= request_path.size()) {
        std::size_t end = request_path.find('/', at);
        if (end == std::string::npos) end = request_path.size();
        const std::string_view segment(request_path.data() + at, end - at);
        if (!segment.empty()) {
            if (segment.front() == '.') return {};  // `..`, `.`, and hidden files
            if (!file.empty()) file += '/';
            file.append(segment);
        }
        at = end + 1;
    }
    if (request_path.back() == '/') file += file.empty() ? "index.html" : "/index.html";
    return file;
}

std::string folder_location(std::string_view request_path) {
    // A header holds no space or non-ASCII byte. The path came decoded, so each `%` in it is
    // one of a name, not the start of an escape `encode_path` would keep.
    std::string path;
    path.reserve(request_path.size());
    for (const char c : request_path) {
        if (c == '%') {
            path += "%25";
        } else {
            path += c;
        }
    }
    return encode_path(path) + '/';
}

namespace {

HttpReply serve_file(SiteServer::State& state, const std::string& request_path);

std::optional<std::string> next_event(SiteServer::State& state, std::uint64_t& sent) {
    std::unique_lock lock(state.mutex);
    if (sent == state.generation)
        state.changed.wait_for(lock, kKeepAlive,
                               [&] { return state.stopping || sent != state.generation; });
    if (state.stopping) return std::nullopt;
    if (sent == state.generation) return std::string(": alive\n\n");
    sent = state.generation;
    return "data: " + std::to_string(sent) + "\n\n";
}

}  // namespace

SiteServer::SiteServer(ServerSettings settings) : state_(std::make_shared<State>()) {
    state_->settings = std::move(settings);
}

SiteServer::~SiteServer() { stop(); }

std::string SiteServer::start() {
    State& state = *state_;
    // FOLIO_HTTP_MODULE names the module for tests and unusual installs.
    const LoadedSymbol loaded = load_module_symbol(kModuleFile, "FOLIO_HTTP_MODULE", folio_http_symbol);
    if (loaded.symbol == nullptr) {
        return !loaded.found ? std::string(kModuleFile) + " was not found beside folio or in " +
                                   installed_module_folder()
                             : loaded.error + " (Debian package libcpp-httplib0.11)";
    }
    std::weak_ptr<State> weak = state_;
    HttpRoutes routes;
    routes.events_path = std::string(kReloadEventsPath);
    routes.page = [weak](const std::string& path) {
        const std::shared_ptr<State> state = weak.lock();
        return state ? serve_file(*state, path) : HttpReply{503, "text/plain", "stopping\n", {}};
    };
    routes.next_event = [weak](std::uint64_t& sent) -> std::optional<std::string> {
        const std::shared_ptr<State> state = weak.lock();
        if (!state) return std::nullopt;
        return next_event(*state, sent);
    };
    reinterpret_cast<MakeHttpServer>(loaded.symbol)(routes, state.server);
    if (!state.server) return std::string(kModuleFile) + " made no server";
    return state.server->start(state.settings.bind, state.settings.port);
}

int SiteServer::port() const { return state_->server ? state_->server->port() : 0; }

void SiteServer::stop() {
    {
        const std::lock_guard lock(state_->mutex);
        state_->stopping = true;
    }
    // The event streams wake and end first: the server waits for its threads.
    state_->changed.notify_all();
    if (state_->server) state_->server->stop();
}

void SiteServer::reloaded(ServedProblems problems) {
    {
        const std::lock_guard lock(state_->mutex);
        state_->problems = std::move(problems);
        ++state_->generation;
    }
    state_->changed.notify_all();
}

namespace {

HttpReply serve_file(SiteServer::State& state, const std::string& request_path) {
    std::uint64_t generation = 0;
    std::string all_problems;
    std::string page_problems;
    std::string file = site_file_for(request_path);
    const fs::path root(state.settings.root);
    {
        const std::lock_guard lock(state.mutex);
        generation = state.generation;
        all_problems = state.problems.all;
        if (const auto page = state.problems.pages.find(file); page != state.problems.pages.end())
            page_problems = page->second;
    }
    if (!page_problems.empty()) {
        return {500, "text/html; charset=utf-8", problems_page(generation, page_problems), {}};
    }
    std::optional<fs::path> path;
    if (!file.empty()) path = path_inside(root, file);
    std::error_code ec;
    // `/posts/x` is the folder `posts/x/`: sent there, so the page's relative links work.
    if (path && fs::is_directory(*path, ec)) {
        return {301, {}, {}, folder_location(request_path)};
    }
    const DiskResourceReader reader(kMaxServedFile);
    std::optional<std::string> bytes;
    if (path && fs::is_regular_file(*path, ec)) bytes = reader.read(path->string());
    int status = 200;
    if (!bytes) {
        status = 404;
        file = "404.html";
        if (const std::optional<fs::path> missing = path_inside(root, file))
            bytes = reader.read(missing->string());
        if (!bytes) return {404, "text/plain; charset=utf-8", "404 Not Found\n", {}};
    }
    const std::string type = content_type_for(file);
    if (type.starts_with("text/html"))
        return {status, type, with_live_reload(*bytes, generation, all_problems), {}};
    return {status, type, std::move(*bytes), {}};
}

}  // namespace

}  // namespace folio::serve
