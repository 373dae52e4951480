#include "fleet/vehicle.hpp"

#include <array>

#include "platform/text.hpp"

namespace kefu::fleet {
namespace {

// The provinces' one-character abbreviations on plates (31, mainland).
constexpr std::array<std::string_view, 31> kProvinces = {
    "京", "津", "沪", "渝", "冀", "豫", "云", "辽", "黑", "湘", "皖", "鲁", "新", "苏", "浙", "赣",
    "鄂", "桂", "甘", "晋", "蒙", "陕", "吉", "闽", "贵", "粤", "青", "藏", "川", "宁", "琼"};

constexpr std::string_view kMiddleDot = "\xC2\xB7";  // U+00B7
constexpr std::string_view kTrailer = "挂";

bool IsPlateLetter(char c) { return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'; }

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

std::optional<std::string> NormalizePlate(std::string_view plate) {
    std::string_view rest = plate;
    std::string_view province;
    for (std::string_view p : kProvinces) {
        if (rest.starts_with(p)) province = p;
    }
    if (province.empty()) return std::nullopt;
    rest.remove_prefix(province.size());
    if (rest.empty() || !IsPlateLetter(Upper(rest.front()))) return std::nullopt;
    const char office = Upper(rest.front());
    rest.remove_prefix(1);
    if (rest.starts_with(kMiddleDot)) {
        rest.remove_prefix(kMiddleDot.size());
    } else if (!rest.empty() &&
               (rest.front() == ' ' || rest.front() == '-' || rest.front() == '.')) {
        rest.remove_prefix(1);
    }
    bool trailer = false;
    if (rest.ends_with(kTrailer)) {
        trailer = true;
        rest.remove_suffix(kTrailer.size());
    }
    if (rest.size() != 5 && rest.size() != 6) return std::nullopt;
    std::string serial;
    for (char c : rest) {
        const char u = Upper(c);
        if (!IsPlateLetter(u) && !(u >= '0' && u <= '9')) return std::nullopt;
        serial += u;
    }
    std::string out(province);
    out += office;
    out += kMiddleDot;
    out += serial;
    if (trailer) out += kTrailer;
    return out;
}

std::vector<FieldViolation> CheckVehicleFields(const VehicleFields& f) {
    Violations v;
    if (f.plate.empty()) {
        v.Add("plate", "required");
    } else if (!NormalizePlate(f.plate)) {
        v.Add("plate", "invalid_value");
    }
    if (f.model.empty()) v.Add("model", "required");
    if (Utf8Length(f.model) > limits::kModelMax) v.Add("model", "too_long");
    if (f.volume_l < 1 || f.volume_l > limits::kVolumeMaxL) v.Add("volumeL", "out_of_range");
    if (f.payload_kg < 1 || f.payload_kg > limits::kPayloadMaxKg) {
        v.Add("payloadKg", "out_of_range");
    }
    if (f.seats < 1 || f.seats > limits::kSeatsMax) v.Add("seats", "out_of_range");
    if (!f.status) v.Add("status", "required");
    return v.items();
}

}  // namespace kefu::fleet
