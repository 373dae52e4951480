// Strict decoding of JSON request bodies: every problem becomes a field violation with the path
// the client sent (`items[2].quantity`), and all of them are reported at once.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/money.hpp"

namespace kefu::http {

/// Parses a request body that must be a JSON object. INVALID_ARGUMENT with reason invalid_json,
/// invalid_utf8 or must_be_object otherwise.
Result<nlohmann::json> ParseJsonObject(std::string_view body);

/// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

/// True when `text` holds a control or format character (Unicode Cc or Cf: NUL, escape, the
/// right-to-left override, zero-width spaces …) or, in single-line text, U+2028/U+2029.
/// `allow_line_breaks` lets \n, \r, \t and those separators through for multi-line notes.
/// Assumes valid UTF-8.
bool HasControlCharacter(std::string_view text, bool allow_line_breaks = false);

/// The accepted range of an amount of money, in fen.
struct MoneyRange {
    std::int64_t min_fen = 0;
    std::int64_t max_fen = std::int64_t{100'000} * 100;  ///< 100,000 yuan
};

/// Minutes after midnight as "HH:MM", the form JsonReader::RequiredTimeOfDay reads.
std::string TimeOfDayText(int minute);

/// Reads the fields of one JSON object, collecting violations (required, wrong_type, too_long,
/// control_character, unknown_field, invalid_value, out_of_range, invalid_date,
/// invalid_datetime, invalid_money, fraction_of_fen, must_not_be_negative, invalid_phone,
/// too_many_items) instead of stopping at the first. Nested objects and arrays are read with
/// Object and Array, whose violations carry the full path.
class JsonReader {
public:
    explicit JsonReader(const nlohmann::json& object);

    /// A single-line string that must be present and non-empty after trimming spaces (Unicode
    /// White_Space, the ideographic space U+3000 included).
    std::string RequiredString(std::string_view name, std::size_t max_chars);
    /// A single-line string that may be absent or null; trimmed.
    std::optional<std::string> OptionalString(std::string_view name, std::size_t max_chars);
    /// Multi-line free text (notes): line breaks and tabs allowed; trimmed.
    std::optional<std::string> OptionalText(std::string_view name, std::size_t max_chars);
    /// A required string kept exactly as sent (passwords: spaces are significant).
    std::string RequiredSecret(std::string_view name, std::size_t max_chars);

    std::optional<std::int64_t> RequiredInt(
        std::string_view name,
        std::int64_t min = std::numeric_limits<std::int64_t>::min(),
        std::int64_t max = std::numeric_limits<std::int64_t>::max());
    std::optional<std::int64_t> OptionalInt(
        std::string_view name,
        std::int64_t min = std::numeric_limits<std::int64_t>::min(),
        std::int64_t max = std::numeric_limits<std::int64_t>::max());
    /// A record id: a positive integer (invalid_value otherwise).
    std::optional<std::int64_t> RequiredId(std::string_view name);
    std::optional<std::int64_t> OptionalId(std::string_view name);
    std::optional<bool> RequiredBool(std::string_view name);
    std::optional<bool> OptionalBool(std::string_view name);

    /// A calendar date "YYYY-MM-DD" that exists (invalid_date otherwise).
    std::optional<Date> RequiredDate(std::string_view name);
    std::optional<Date> OptionalDate(std::string_view name);
    /// An RFC 3339 date-time with its offset (invalid_datetime otherwise).
    std::optional<Timestamp> RequiredDateTime(std::string_view name);
    std::optional<Timestamp> OptionalDateTime(std::string_view name);
    /// A time of day "HH:MM" (00:00–24:00) as minutes after midnight (invalid_time otherwise).
    std::optional<int> RequiredTimeOfDay(std::string_view name);
    std::optional<int> OptionalTimeOfDay(std::string_view name);
    /// Money as a decimal yuan string ("12.50"), never a JSON number (wrong_type), converted to
    /// fen without floating point. Outside `range`: must_not_be_negative below a minimum of 0,
    /// out_of_range otherwise.
    std::optional<Money> RequiredMoney(std::string_view name, MoneyRange range = {});
    std::optional<Money> OptionalMoney(std::string_view name, MoneyRange range = {});
    /// A phone number (see IsValidPhone; invalid_phone otherwise).
    std::optional<std::string> RequiredPhone(std::string_view name);
    std::optional<std::string> OptionalPhone(std::string_view name);

    /// One of an enum's names (invalid_value otherwise).
    template <class E, std::size_t N>
    std::optional<E> RequiredEnum(std::string_view name, const EnumNames<E, N>& names) {
        return ReadEnum(name, names, true);
    }
    template <class E, std::size_t N>
    std::optional<E> OptionalEnum(std::string_view name, const EnumNames<E, N>& names) {
        return ReadEnum(name, names, false);
    }

    /// An array of strings; absent means empty unless `required`.
    std::vector<std::string> StringArray(std::string_view name, bool required);
    /// An array of record ids (positive integers): a bad element is name[i] invalid_value; more
    /// than `max_items` is too_many_items. Absent or null means empty unless `required`.
    std::vector<std::int64_t> IdArray(std::string_view name, bool required, std::size_t max_items);

    /// A nested object: `read(JsonReader&)` reads its fields, whose violations are named
    /// "name.field". Returns false when absent (required reported when `required`) or not an
    /// object.
    template <class F>
    bool Object(std::string_view name, bool required, F&& read) {
        const nlohmann::json* raw = Find(name);
        if (!CheckContainer(raw, name, required, /*array=*/false)) return false;
        JsonReader child(*raw, Path(name) + ".", state_);
        read(child);
        child.FlagUnknown();
        return true;
    }

    /// An array of objects: `read(JsonReader& item, std::size_t index)` per element, with
    /// violations named "name[i].field". More than `max_items` elements: too_many_items, and none
    /// is read. Returns the number of elements read.
    template <class F>
    std::size_t Array(std::string_view name, bool required, std::size_t max_items, F&& read) {
        const nlohmann::json* raw = Find(name);
        if (!CheckContainer(raw, name, required, /*array=*/true)) return 0;
        if (raw->size() > max_items) {
            Add(name, "too_many_items");
            return 0;
        }
        for (std::size_t i = 0; i < raw->size(); ++i) {
            const std::string item_path = Path(name) + "[" + std::to_string(i) + "]";
            if (!(*raw)[i].is_object()) {
                state_->violations.Add(item_path, "wrong_type");
                continue;
            }
            JsonReader child((*raw)[i], item_path + ".", state_);
            read(child, i);
            child.FlagUnknown();
        }
        return raw->size();
    }

    /// Records a violation of a field of this object (e.g. a cross-field rule).
    void Add(std::string_view name, std::string_view reason);
    /// Flags every member that no getter asked for, then returns every violation so far.
    Result<void> Finish();
    /// Like Finish; when the body is malformed, the violations of a semantic check of the decoded
    /// values (fields not already flagged) are added, so the client gets every problem at once.
    Result<void> FinishWith(const Result<void>& semantic);
    Violations& violations() { return state_->violations; }

private:
    struct State {
        Violations violations;
    };
    JsonReader(const nlohmann::json& object, std::string prefix, std::shared_ptr<State> state);

    const nlohmann::json* Find(std::string_view name);
    std::string Path(std::string_view name) const { return prefix_ + std::string(name); }
    std::optional<std::string> ReadText(std::string_view name,
                                        std::size_t max_chars,
                                        bool allow_line_breaks);
    std::optional<std::string> RawString(std::string_view name, bool required);
    bool CheckContainer(const nlohmann::json* raw,
                        std::string_view name,
                        bool required,
                        bool array);
    void FlagUnknown();
    std::optional<Money> ReadMoney(std::string_view name, MoneyRange range, bool required);
    std::optional<int> ReadTimeOfDay(std::string_view name, bool required);
    std::optional<std::string> ReadPhone(std::string_view name, bool required);
    std::optional<std::int64_t> ReadInt(std::string_view name,
                                        std::int64_t min,
                                        std::int64_t max,
                                        bool required);
    template <class E, std::size_t N>
    std::optional<E> ReadEnum(std::string_view name, const EnumNames<E, N>& names, bool required) {
        auto text = RawString(name, required);
        if (!text) return std::nullopt;
        auto value = names.Parse(*text);
        if (!value) Add(name, "invalid_value");
        return value;
    }

    const nlohmann::json& object_;
    std::string prefix_;
    std::shared_ptr<State> state_;
    std::set<std::string, std::less<>> seen_;
};

/// Counts Unicode code points (what a user calls characters) in UTF-8 text.
std::size_t CharCount(std::string_view utf8);

}  // namespace kefu::http
