// A temporary directory only this process can read (mode 0700), removed with everything in it
// when the object goes away, on every path out of the function that made it.
#pragma once

#include <filesystem>
#include <string_view>

#include "platform/error.hpp"

namespace kefu::documents {

/// An owned directory under the system temp directory ($TMPDIR or /tmp).
class PrivateTempDir {
public:
    /// Creates "<tmp>/<prefix>XXXXXX" with mkdtemp. UNAVAILABLE when that fails (disk full,
    /// no permission).
    static Result<PrivateTempDir> Create(std::string_view prefix);

    /// Takes over the directory; `other` no longer removes it.
    PrivateTempDir(PrivateTempDir&& other) noexcept : path_(std::move(other.path_)) {
        other.path_.clear();
    }
    PrivateTempDir& operator=(PrivateTempDir&&) = delete;
    PrivateTempDir(const PrivateTempDir&) = delete;
    PrivateTempDir& operator=(const PrivateTempDir&) = delete;
    /// Removes the directory and everything in it (errors ignored: nothing to report to).
    ~PrivateTempDir();

    /// The directory's absolute path.
    const std::filesystem::path& path() const { return path_; }

private:
    explicit PrivateTempDir(std::filesystem::path path) : path_(std::move(path)) {}

    std::filesystem::path path_;
};

}  // namespace kefu::documents
