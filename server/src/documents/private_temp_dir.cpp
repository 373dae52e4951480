#include "documents/private_temp_dir.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>  // mkdtemp (POSIX)
#include <string>
#include <system_error>
#include <vector>

namespace kefu::documents {

Result<PrivateTempDir> PrivateTempDir::Create(std::string_view prefix) {
    std::error_code error;
    const std::filesystem::path base = std::filesystem::temp_directory_path(error);
    if (error) {
        return Fail(Error::Unavailable(fmt::format("no temp directory: {}", error.message())));
    }
    std::string pattern = (base / fmt::format("{}XXXXXX", prefix)).string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (mkdtemp(buffer.data()) == nullptr) {
        const std::error_code cause(errno, std::generic_category());
        return Fail(Error::Unavailable(fmt::format(
            "cannot create a temp directory in {}: {}", base.string(), cause.message())));
    }
    return PrivateTempDir(std::filesystem::path(buffer.data()));
}

PrivateTempDir::~PrivateTempDir() {
    if (path_.empty()) return;
    std::error_code ignored;  // a destructor cannot report; a leftover dir is harmless
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace kefu::documents
