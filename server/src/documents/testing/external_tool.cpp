#include "documents/testing/external_tool.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

extern char** environ;

namespace kefu::documents::testing {
namespace {

bool IsExecutable(const std::filesystem::path& path) {
    return ::access(path.c_str(), X_OK) == 0 && std::filesystem::is_regular_file(path);
}

bool OnPath(std::string_view program) {
    if (program.find('/') != std::string_view::npos) return IsExecutable(std::string(program));
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        if (!dir.empty() && IsExecutable(std::filesystem::path(dir) / std::string(program))) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool RequireTool(std::string_view program, std::string_view debian_package) {
    if (OnPath(program)) return true;
    ADD_FAILURE() << program << " is missing: install the Debian package " << debian_package
                  << " (apt-get install " << debian_package << ", or run scripts/setup.sh)";
    return false;
}

bool RequireOpenpyxl() {
    if (!RequireTool("/usr/bin/python3", "python3")) return false;
    const std::filesystem::path scratch = std::filesystem::temp_directory_path();
    const ToolResult result = RunTool({"/usr/bin/python3", "-c", "import openpyxl"}, scratch);
    if (result.exit_code == 0) return true;
    ADD_FAILURE() << "/usr/bin/python3 cannot import openpyxl: install the Debian package "
                     "python3-openpyxl (apt-get install python3-openpyxl, or run "
                     "scripts/setup.sh). "
                  << result.err;
    return false;
}

ToolResult RunTool(const std::vector<std::string>& argv, const std::filesystem::path& scratch) {
    static std::atomic<int> counter{0};
    const int id = ++counter;
    const std::filesystem::path out =
        scratch / ("tool-" + std::to_string(::getpid()) + "-" + std::to_string(id) + ".out");
    const std::filesystem::path err = out.string() + ".err";

    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);

    ToolResult result;
    if (spawned != 0) {
        result.err = "cannot start " + argv[0];
        return result;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = ReadBytes(out);
    result.err = ReadBytes(err);
    std::error_code ignored;
    std::filesystem::remove(out, ignored);
    std::filesystem::remove(err, ignored);
    return result;
}

void WriteBytes(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream file(path, std::ios::binary);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string ReadBytes(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace kefu::documents::testing
