#include "http/json_reader.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "platform/money_text.hpp"
#include "platform/phone.hpp"
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

namespace {

// Decodes the code point at `i` of valid UTF-8 and advances `i` past it.
char32_t NextCodePoint(std::string_view text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : 3;
    char32_t code = extra == 0 ? c : c & (0x3Fu >> extra);
    for (std::size_t k = 1; k <= extra && i + k < text.size(); ++k) {
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    i += extra + 1;
    return code;
}

// Unicode general category Cf (format characters), Unicode 15.
bool IsFormatCharacter(char32_t c) {
    return c == 0xAD || (c >= 0x600 && c <= 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F ||
           c == 0x890 || c == 0x891 || c == 0x8E2 || c == 0x180E || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
           (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
           c == 0x110BD || c == 0x110CD || (c >= 0x13430 && c <= 0x1343F) ||
           (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) || c == 0xE0001 ||
           (c >= 0xE0020 && c <= 0xE007F);
}

// Unicode White_Space: besides ASCII spaces, the ideographic space U+3000 that Chinese input
// methods type, the no-break spaces and the other Zs/Zl/Zp characters. A name of nothing else
// looks blank, so it is trimmed away and then reported as required.
bool IsUnicodeSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Trims White_Space from both ends; `value` is valid UTF-8.
std::string Trim(const std::string& value) {
    std::size_t begin = std::string::npos;
    std::size_t end = 0;
    std::size_t i = 0;
    while (i < value.size()) {
        const std::size_t at = i;
        if (!IsUnicodeSpace(NextCodePoint(value, i))) {
            if (begin == std::string::npos) begin = at;
            end = i;
        }
    }
    return begin == std::string::npos ? std::string() : value.substr(begin, end - begin);
}

}  // namespace

bool HasControlCharacter(std::string_view text, bool allow_line_breaks) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = NextCodePoint(text, i);
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        if (control && !(allow_line_breaks && (c == '\n' || c == '\r' || c == '\t'))) return true;
        if (IsFormatCharacter(c)) return true;
        // The Unicode line and paragraph separators break a single line as \n does.
        if (!allow_line_breaks && (c == 0x2028 || c == 0x2029)) return true;
    }
    return false;
}

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

JsonReader::JsonReader(const nlohmann::json& object)
    : JsonReader(object, "", std::make_shared<State>()) {}

JsonReader::JsonReader(const nlohmann::json& object,
                       std::string prefix,
                       std::shared_ptr<State> state)
    : object_(object), prefix_(std::move(prefix)), state_(std::move(state)) {}

void JsonReader::Add(std::string_view name, std::string_view reason) {
    state_->violations.Add(Path(name), std::string(reason));
}

const nlohmann::json* JsonReader::Find(std::string_view name) {
    seen_.emplace(name);
    auto it = object_.find(std::string(name));
    if (it == object_.end()) return nullptr;
    return &*it;
}

std::optional<std::string> JsonReader::RawString(std::string_view name, bool required) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null() ||
        (raw->is_string() && raw->get_ref<const std::string&>().empty())) {
        if (required) Add(name, "required");
        return std::nullopt;
    }
    if (!raw->is_string()) {
        Add(name, "wrong_type");
        return std::nullopt;
    }
    return raw->get<std::string>();
}

std::optional<std::string> JsonReader::ReadText(std::string_view name,
                                                std::size_t max_chars,
                                                bool allow_line_breaks) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) return std::nullopt;
    if (!raw->is_string()) {
        Add(name, "wrong_type");
        return std::nullopt;
    }
    std::string value = Trim(raw->get<std::string>());
    if (HasControlCharacter(value, allow_line_breaks)) {
        Add(name, "control_character");
        return std::nullopt;
    }
    if (CharCount(value) > max_chars) {
        Add(name, "too_long");
        return std::nullopt;
    }
    return value;
}

std::string JsonReader::RequiredString(std::string_view name, std::size_t max_chars) {
    const std::size_t before = state_->violations.items().size();
    auto value = ReadText(name, max_chars, false);
    if (value && !value->empty()) return *value;
    // Only a missing or blank value is "required"; a wrong type or bad text was reported.
    if (state_->violations.items().size() == before) Add(name, "required");
    return {};
}

std::optional<std::string> JsonReader::OptionalString(std::string_view name,
                                                      std::size_t max_chars) {
    return ReadText(name, max_chars, false);
}

std::optional<std::string> JsonReader::OptionalText(std::string_view name, std::size_t max_chars) {
    return ReadText(name, max_chars, true);
}

std::string JsonReader::RequiredSecret(std::string_view name, std::size_t max_chars) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) {
        Add(name, "required");
        return {};
    }
    if (!raw->is_string()) {
        Add(name, "wrong_type");
        return {};
    }
    std::string value = raw->get<std::string>();
    if (value.empty()) Add(name, "required");
    if (CharCount(value) > max_chars) Add(name, "too_long");
    return value;
}

std::optional<std::int64_t> JsonReader::ReadInt(std::string_view name,
                                                std::int64_t min,
                                                std::int64_t max,
                                                bool required) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) {
        if (required) Add(name, "required");
        return std::nullopt;
    }
    if (!raw->is_number_integer()) {
        Add(name, "wrong_type");
        return std::nullopt;
    }
    if (raw->is_number_unsigned() && raw->get<std::uint64_t>() > INT64_MAX) {
        Add(name, "out_of_range");
        return std::nullopt;
    }
    const auto value = raw->get<std::int64_t>();
    if (value < min || value > max) {
        Add(name, "out_of_range");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> JsonReader::RequiredInt(std::string_view name,
                                                    std::int64_t min,
                                                    std::int64_t max) {
    return ReadInt(name, min, max, true);
}

std::optional<std::int64_t> JsonReader::OptionalInt(std::string_view name,
                                                    std::int64_t min,
                                                    std::int64_t max) {
    return ReadInt(name, min, max, false);
}

std::optional<std::int64_t> JsonReader::RequiredId(std::string_view name) {
    const std::size_t before = state_->violations.items().size();
    auto id = ReadInt(name, 1, std::numeric_limits<std::int64_t>::max(), true);
    // An id is a reference, not a quantity: a non-positive one is simply not an id.
    if (!id && state_->violations.items().size() > before &&
        state_->violations.items().back().reason == "out_of_range") {
        state_->violations.Replace(state_->violations.items().size() - 1, "invalid_value");
    }
    return id;
}

std::optional<std::int64_t> JsonReader::OptionalId(std::string_view name) {
    const std::size_t before = state_->violations.items().size();
    auto id = ReadInt(name, 1, std::numeric_limits<std::int64_t>::max(), false);
    if (!id && state_->violations.items().size() > before &&
        state_->violations.items().back().reason == "out_of_range") {
        state_->violations.Replace(state_->violations.items().size() - 1, "invalid_value");
    }
    return id;
}

std::optional<bool> JsonReader::RequiredBool(std::string_view name) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) {
        Add(name, "required");
        return std::nullopt;
    }
    return OptionalBool(name);
}

std::optional<bool> JsonReader::OptionalBool(std::string_view name) {
    const nlohmann::json* raw = Find(name);
    if (raw == nullptr || raw->is_null()) return std::nullopt;
    if (!raw->is_boolean()) {
        Add(name, "wrong_type");
        return std::nullopt;
    }
    return raw->get<bool>();
}

std::optional<Date> JsonReader::RequiredDate(std::string_view name) {
    auto text = RawString(name, true);
    if (!text) return std::nullopt;
    auto date = Date::Parse(*text);
    if (!date) Add(name, "invalid_date");
    return date;
}

std::optional<Date> JsonReader::OptionalDate(std::string_view name) {
    auto text = RawString(name, false);
    if (!text) return std::nullopt;
    auto date = Date::Parse(*text);
    if (!date) Add(name, "invalid_date");
    return date;
}

std::optional<Timestamp> JsonReader::RequiredDateTime(std::string_view name) {
    auto text = RawString(name, true);
    if (!text) return std::nullopt;
    auto at = ParseDateTime(*text);
    if (!at) Add(name, "invalid_datetime");
    return at;
}

std::optional<Timestamp> JsonReader::OptionalDateTime(std::string_view name) {
    auto text = RawString(name, false);
    if (!text) return std::nullopt;
    auto at = ParseDateTime(*text);
    if (!at) Add(name, "invalid_datetime");
    return at;
}

std::optional<int> JsonReader::RequiredTimeOfDay(std::string_view name) {
    return ReadTimeOfDay(name, true);
}

std::optional<int> JsonReader::OptionalTimeOfDay(std::string_view name) {
    return ReadTimeOfDay(name, false);
}

std::string TimeOfDayText(int minute) {
    return fmt::format("{:02}:{:02}", minute / 60, minute % 60);
}

std::optional<int> JsonReader::ReadTimeOfDay(std::string_view name, bool required) {
    auto text = RawString(name, required);
    if (!text) return std::nullopt;
    const std::string& t = *text;
    auto digit = [&](std::size_t i) { return t[i] >= '0' && t[i] <= '9'; };
    if (t.size() != 5 || t[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
        Add(name, "invalid_time");
        return std::nullopt;
    }
    const int hours = (t[0] - '0') * 10 + (t[1] - '0');
    const int minutes = (t[3] - '0') * 10 + (t[4] - '0');
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
        Add(name, "invalid_time");
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

std::optional<Money> JsonReader::ReadMoney(std::string_view name, MoneyRange range, bool required) {
    auto text = RawString(name, required);
    if (!text) return std::nullopt;
    auto amount = ParseYuan(*text, Path(name));
    if (!amount) {
        for (const FieldViolation& v : amount.error().violations()) {
            state_->violations.Add(v.field, v.reason);
        }
        return std::nullopt;
    }
    if (amount->fen() < range.min_fen) {
        Add(name, range.min_fen == 0 ? "must_not_be_negative" : "out_of_range");
        return std::nullopt;
    }
    if (amount->fen() > range.max_fen) {
        Add(name, "out_of_range");
        return std::nullopt;
    }
    return *amount;
}

std::optional<Money> JsonReader::RequiredMoney(std::string_view name, MoneyRange range) {
    return ReadMoney(name, range, true);
}

std::optional<Money> JsonReader::OptionalMoney(std::string_view name, MoneyRange range) {
    return ReadMoney(name, range, false);
}

std::optional<std::string> JsonReader::ReadPhone(std::string_view name, bool required) {
    auto text = RawString(name, required);
    if (!text) return std::nullopt;
    const std::string phone = Trim(*text);
    if (!IsValidPhone(phone)) {
        Add(name, "invalid_phone");
        return std::nullopt;
    }
    return phone;
}

std::optional<std::string> JsonReader::RequiredPhone(std::string_view name) {
    return ReadPhone(name, true);
}

std::optional<std::string> JsonReader::OptionalPhone(std::string_view name) {
    return ReadPhone(name, false);
}

std::vector<std::string> JsonReader::StringArray(std::string_view name, bool required) {
    const nlohmann::json* raw = Find(name);
    std::vector<std::string> out;
    if (raw == nullptr || raw->is_null()) {
        if (required) Add(name, "required");
        return out;
    }
    if (!raw->is_array()) {
        Add(name, "wrong_type");
        return out;
    }
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const auto& item = (*raw)[i];
        if (!item.is_string()) {
            state_->violations.Add(Path(name) + "[" + std::to_string(i) + "]", "wrong_type");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::vector<std::int64_t> JsonReader::IdArray(std::string_view name,
                                              bool required,
                                              std::size_t max_items) {
    const nlohmann::json* raw = Find(name);
    std::vector<std::int64_t> out;
    if (!CheckContainer(raw, name, required, /*array=*/true)) return out;
    if (raw->size() > max_items) {
        Add(name, "too_many_items");
        return out;
    }
    for (std::size_t i = 0; i < raw->size(); ++i) {
        const auto& item = (*raw)[i];
        if (!item.is_number_integer() || item.get<std::int64_t>() < 1) {
            state_->violations.Add(Path(name) + "[" + std::to_string(i) + "]", "invalid_value");
            continue;
        }
        out.push_back(item.get<std::int64_t>());
    }
    return out;
}

bool JsonReader::CheckContainer(const nlohmann::json* raw,
                                std::string_view name,
                                bool required,
                                bool array) {
    if (raw == nullptr || raw->is_null()) {
        if (required) Add(name, "required");
        return false;
    }
    if (array ? !raw->is_array() : !raw->is_object()) {
        Add(name, "wrong_type");
        return false;
    }
    return true;
}

void JsonReader::FlagUnknown() {
    for (const auto& [key, value] : object_.items()) {
        if (!seen_.contains(key)) Add(key, "unknown_field");
    }
}

Result<void> JsonReader::FinishWith(const Result<void>& semantic) {
    // A well-formed request goes on to the service, which checks permission before content;
    // only a request that is malformed anyway gets the semantic problems added to its answer.
    if (Finish()) return {};
    if (!semantic) {
        for (const FieldViolation& v : semantic.error().violations()) {
            const auto& known = state_->violations.items();
            const bool flagged = std::any_of(
                known.begin(), known.end(), [&](const auto& k) { return k.field == v.field; });
            if (!flagged) state_->violations.Add(v.field, v.reason, v.detail);
        }
    }
    return state_->violations.ToResult();
}

Result<void> JsonReader::Finish() {
    FlagUnknown();
    return state_->violations.ToResult();
}

}  // namespace kefu::http
