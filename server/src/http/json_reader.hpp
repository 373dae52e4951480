// Strict decoding of JSON request bodies: every problem becomes a field violation, all at once.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "platform/error.hpp"

namespace kefu::http {

/// Parses a request body that must be a JSON object. INVALID_ARGUMENT with reason invalid_json,
/// invalid_utf8 or must_be_object otherwise.
Result<nlohmann::json> ParseJsonObject(std::string_view body);

/// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

/// Reads fields of one JSON object, collecting violations (required, wrong_type, too_long,
/// unknown_field, invalid_utf8) instead of stopping at the first.
class JsonReader {
public:
    explicit JsonReader(const nlohmann::json& object) : object_(object) {}

    /// A string that must be present and non-empty (after trimming spaces).
    std::string RequiredString(std::string_view name, std::size_t max_chars);
    /// A required string kept exactly as sent (passwords: spaces are significant).
    std::string RequiredSecret(std::string_view name, std::size_t max_chars);
    /// A string that may be absent or null.
    std::optional<std::string> OptionalString(std::string_view name, std::size_t max_chars);
    std::optional<std::int64_t> RequiredInt(std::string_view name);
    std::optional<std::int64_t> OptionalInt(std::string_view name);
    std::optional<bool> OptionalBool(std::string_view name);
    /// An array of strings; absent means empty unless `required`.
    std::vector<std::string> StringArray(std::string_view name, bool required);

    /// Flags every member that no getter asked for, then returns the violations.
    Result<void> Finish();
    /// Like Finish; when the body is malformed, the violations of a semantic check of the decoded
    /// values (fields not already flagged) are added, so the client gets every problem at once.
    Result<void> FinishWith(const Result<void>& semantic);
    Violations& violations() { return violations_; }

private:
    const nlohmann::json* Find(std::string_view name);
    const nlohmann::json& object_;
    std::set<std::string, std::less<>> seen_;
    Violations violations_;
};

/// Counts Unicode code points (what a user calls characters) in UTF-8 text.
std::size_t CharCount(std::string_view utf8);

}  // namespace kefu::http
