// Files kept in the database (receipts, later photos) are stored as base64 text: one TEXT column
// works the same on SQLite and PostgreSQL, and the bytes commit or roll back with their row.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kefu::db {

/// The bytes as standard base64 with padding.
std::string BytesToText(std::string_view bytes);
/// The bytes back from BytesToText's text; nullopt for text it could not have written.
std::optional<std::string> TextToBytes(std::string_view text);

}  // namespace kefu::db
