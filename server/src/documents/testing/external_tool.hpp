// Runs the real reader programs the document tests check their output with (poppler-utils,
// zbar-tools, python3-openpyxl), without a shell and without network.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::documents::testing {

/// What a finished program left behind.
struct ToolResult {
    int exit_code = -1;  ///< -1 when it could not be started or did not exit normally
    std::string out;
    std::string err;
};

/// True when `program` is an executable on PATH (or an absolute path). Otherwise records a
/// test failure naming the Debian package to install: a missing reader never skips a test.
bool RequireTool(std::string_view program, std::string_view debian_package);

/// True when Debian's /usr/bin/python3 can import openpyxl (pyenv's python3 has no access to
/// Debian's python3-openpyxl); otherwise records a failure naming the package.
bool RequireOpenpyxl();

/// Runs `argv` (argv[0] looked up on PATH) with stdin from /dev/null; stdout and stderr are
/// collected through files in `scratch`, so large outputs cannot block on a pipe.
ToolResult RunTool(const std::vector<std::string>& argv, const std::filesystem::path& scratch);

/// Writes `bytes` to `path`.
void WriteBytes(const std::filesystem::path& path, std::string_view bytes);
/// The file's bytes ("" when it cannot be read).
std::string ReadBytes(const std::filesystem::path& path);

}  // namespace kefu::documents::testing
