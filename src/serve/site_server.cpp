#include "src/serve/site_server.hpp"

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <thread>

#include "src/output/output_file.hpp"
#include "src/output/resource_reader.hpp"
#include "src/serve/live_reload.hpp"

namespace folio::serve {

namespace {

namespace fs = std::filesystem;

// Largest file served: far above any page or image of a blog, and a bound on what one request
// can make the server read into memory.
constexpr std::uint64_t kMaxServedFile = std::uint64_t{256} << 20;

// How often an idle event stream says it is alive, so a proxy or the browser keeps it open.
constexpr std::chrono::seconds kKeepAlive{15};

// Event streams hold a thread each for as long as their page is open: more than the library's
// default of 8, so a few open tabs do not block page requests.
constexpr std::size_t kServerThreads = 32;

}  // namespace

struct SiteServer::State {
    ServerSettings settings;
    httplib::Server server;
    std::thread thread;
    int port = 0;
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

namespace {

void serve_file(SiteServer::State& state, const httplib::Request& request,
                httplib::Response& response);

}  // namespace

SiteServer::SiteServer(ServerSettings settings) : state_(std::make_shared<State>()) {
    state_->settings = std::move(settings);
}

SiteServer::~SiteServer() { stop(); }

std::string SiteServer::start() {
    State& state = *state_;
    // httplib owns the queue it is handed and deletes it when it stops.
    state.server.new_task_queue = [] { return new httplib::ThreadPool(kServerThreads); };
    // Idle keep-alive connections hold a thread too; a short wait frees them sooner on stop.
    state.server.set_keep_alive_timeout(1);
    std::weak_ptr<State> weak = state_;
    state.server.Get(".*", [weak](const httplib::Request& request, httplib::Response& response) {
        const std::shared_ptr<State> state = weak.lock();
        if (!state) return;
        response.set_header("Cache-Control", "no-store");
        if (request.path == kReloadEventsPath) {
            auto sent = std::make_shared<std::uint64_t>(0);
            response.set_chunked_content_provider(
                "text/event-stream",
                [weak, sent](std::size_t, httplib::DataSink& sink) {
                    const std::shared_ptr<State> state = weak.lock();
                    if (!state) return false;
                    std::unique_lock lock(state->mutex);
                    if (*sent == state->generation)
                        state->changed.wait_for(lock, kKeepAlive, [&] {
                            return state->stopping || *sent != state->generation;
                        });
                    if (state->stopping) {
                        sink.done();
                        return false;
                    }
                    std::string message = ": alive\n\n";
                    if (*sent != state->generation) {
                        *sent = state->generation;
                        message = "data: " + std::to_string(*sent) + "\n\n";
                    }
                    lock.unlock();
                    return sink.write(message.data(), message.size());
                });
            return;
        }
        serve_file(*state, request, response);
    });
    int port = state.settings.port;
    if (port == 0) {
        port = state.server.bind_to_any_port(state.settings.bind);
        if (port < 0) return "cannot listen on " + state.settings.bind + " (any port)";
    } else if (!state.server.bind_to_port(state.settings.bind, port)) {
        return "cannot listen on " + state.settings.bind + ":" + std::to_string(port) +
               " (is another server using the port? --port chooses another)";
    }
    state.port = port;
    state.thread = std::thread([&server = state.server] { server.listen_after_bind(); });
    return {};
}

int SiteServer::port() const { return state_->port; }

void SiteServer::stop() {
    {
        const std::lock_guard lock(state_->mutex);
        state_->stopping = true;
    }
    state_->changed.notify_all();
    state_->server.stop();
    if (state_->thread.joinable()) state_->thread.join();
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

void serve_file(SiteServer::State& state, const httplib::Request& request,
                httplib::Response& response) {
    std::uint64_t generation = 0;
    std::string all_problems;
    std::string page_problems;
    std::string file = site_file_for(request.path);
    const fs::path root(state.settings.root);
    {
        const std::lock_guard lock(state.mutex);
        generation = state.generation;
        all_problems = state.problems.all;
        if (const auto page = state.problems.pages.find(file); page != state.problems.pages.end())
            page_problems = page->second;
    }
    if (!page_problems.empty()) {
        response.status = 500;
        response.set_content(problems_page(generation, page_problems), "text/html; charset=utf-8");
        return;
    }
    std::optional<fs::path> path;
    if (!file.empty()) path = path_inside(root, file);
    std::error_code ec;
    // `/posts/x` is the folder `posts/x/`: sent there, so the page's relative links work.
    if (path && fs::is_directory(*path, ec)) {
        response.status = 301;
        response.set_header("Location", request.path + "/");
        return;
    }
    const DiskResourceReader reader(kMaxServedFile);
    std::optional<std::string> bytes;
    if (path && fs::is_regular_file(*path, ec)) bytes = reader.read(path->string());
    if (!bytes) {
        response.status = 404;
        file = "404.html";
        if (const std::optional<fs::path> missing = path_inside(root, file))
            bytes = reader.read(missing->string());
        if (!bytes) {
            response.set_content("404 Not Found\n", "text/plain; charset=utf-8");
            return;
        }
    }
    const std::string type = content_type_for(file);
    if (type.starts_with("text/html")) {
        response.set_content(with_live_reload(*bytes, generation, all_problems), type);
    } else {
        response.set_content(std::move(*bytes), type);
    }
}

}  // namespace

}  // namespace folio::serve
