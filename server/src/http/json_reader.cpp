#include "http/json_reader.hpp"

#include <algorithm>

#include "platform/text.hpp"

namespace kefu::http {

bool IsValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= text.size()) return false;  // truncated sequence
        unsigned code = c & (0x3Fu >> extra);
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            code = (code << 6) | (cc & 0x3Fu);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

std::size_t CharCount(std::string_view utf8) { return Utf8Length(utf8); }

Result<nlohmann::json> ParseJsonObject(std::string_view body) {
    if (!IsValidUtf8(body)) {
        return Fail(Error::InvalidArgument("the body is not valid UTF-8", {{"", "invalid_utf8"}}));
    }
    nlohmann::json parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
        return Fail(Error::InvalidArgument("the body is not valid JSON", {{"", "invalid_json"}}));
    }
    if (!parsed.is_object()) {
        return Fail(
            Error::InvalidArgument("the body must be a JSON object", {{"", "must_be_object"}}));
    }
    return parsed;
}

const nlohmann::json* JsonReader::Find(std::string_view name) {
    seen_.emplace(name);
    auto it = object_.find(std::string(name));
    if (it == object_.end()) return nullptr;
    return &*it;
}

std::string JsonReader::RequiredString(std::string_view name, std::size_t max_chars) {
    auto value = OptionalString(name, max_chars);
    if (!value || value->empty()) {
        if (!value) {
            const nlohmann::json* raw = Find(name);
            if (raw != nullptr && !raw->is_null() && !raw->is_string()) return {};
        }
        violations_.Add(std::string(name), "required");
        return {};
    }
    return *value;
}

std::string JsonReader::RequiredSecret(std::string_view name, std::size_t max_chars) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) {
        violations_.Add(std::string(name), "required");
        return {};
    }
    if (!raw->is_string()) {
        violations_.Add(std::string(name), "wrong_type");
        return {};
    }
    std::string value = raw->get<std::string>();
    if (value.empty()) violations_.Add(std::string(name), "required");
    if (CharCount(value) > max_chars) violations_.Add(std::string(name), "too_long");
    return value;
}

std::optional<std::string> JsonReader::OptionalString(std::string_view name,
                                                      std::size_t max_chars) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) return std::nullopt;
    if (!raw->is_string()) {
        violations_.Add(std::string(name), "wrong_type");
        return std::nullopt;
    }
    std::string value = raw->get<std::string>();
    const auto first = value.find_first_not_of(" \t\r\n");
    const auto last = value.find_last_not_of(" \t\r\n");
    value = first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
    if (CharCount(value) > max_chars) {
        violations_.Add(std::string(name), "too_long");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> JsonReader::RequiredInt(std::string_view name) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) {
        violations_.Add(std::string(name), "required");
        return std::nullopt;
    }
    return OptionalInt(name);
}

std::optional<std::int64_t> JsonReader::OptionalInt(std::string_view name) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) return std::nullopt;
    if (!raw->is_number_integer()) {
        violations_.Add(std::string(name), "wrong_type");
        return std::nullopt;
    }
    if (raw->is_number_unsigned() && raw->get<std::uint64_t>() > INT64_MAX) {
        violations_.Add(std::string(name), "invalid_value");
        return std::nullopt;
    }
    return raw->get<std::int64_t>();
}

std::optional<bool> JsonReader::OptionalBool(std::string_view name) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) return std::nullopt;
    if (!raw->is_boolean()) {
        violations_.Add(std::string(name), "wrong_type");
        return std::nullopt;
    }
    return raw->get<bool>();
}

std::vector<std::string> JsonReader::StringArray(std::string_view name, bool required) {
    const nlohmann::json* raw = Find(name);
    std::vector<std::string> out;
    if (raw == nullptr || raw->is_null()) {
        if (required) violations_.Add(std::string(name), "required");
        return out;
    }
    if (!raw->is_array()) {
        violations_.Add(std::string(name), "wrong_type");
        return out;
    }
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const auto& item = (*raw)[i];
        if (!item.is_string()) {
            violations_.Add(std::string(name) + "[" + std::to_string(i) + "]", "wrong_type");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

Result<void> JsonReader::FinishWith(const Result<void>& semantic) {
    // A well-formed request goes on to the service, which checks permission before content;
    // only a request that is malformed anyway gets the semantic problems added to its answer.
    if (Finish()) return {};
    if (!semantic) {
        for (const FieldViolation& v : semantic.error().violations()) {
            const auto& known = violations_.items();
            const bool flagged = std::any_of(
                known.begin(), known.end(), [&](const auto& k) { return k.field == v.field; });
            if (!flagged) violations_.Add(v.field, v.reason);
        }
    }
    return violations_.ToResult();
}

Result<void> JsonReader::Finish() {
    for (const auto& [key, value] : object_.items()) {
        if (!seen_.contains(key)) violations_.Add(key, "unknown_field");
    }
    return violations_.ToResult();
}

}  // namespace kefu::http
