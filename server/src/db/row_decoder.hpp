// Strict decoding of stored rows: a value the code cannot read is a bug to report, never a
// plausible default to carry on with.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "platform/error.hpp"

namespace kefu::db {

/// Decodes the columns of one row. The first column that does not decode (an unknown enum
/// name, a malformed date) makes Finish return INTERNAL, logged with the table, id, column and
/// value; the client sees only "internal error".
class RowDecoder {
public:
    RowDecoder(std::string_view table, long long id) : table_(table), id_(id) {}

    /// The parsed value, or T{} after recording the failure (Finish reports it).
    template <class T>
    T Take(std::optional<T> parsed, std::string_view column, std::string_view raw) {
        if (parsed) return std::move(*parsed);
        Fail(column, raw);
        return T{};
    }
    /// OK when every Take succeeded.
    Result<void> Finish() const;

private:
    void Fail(std::string_view column, std::string_view raw);
    std::string_view table_;
    long long id_;
    std::optional<std::string> failure_;
};

}  // namespace kefu::db
