#include "customers/site.hpp"

#include "platform/text.hpp"

namespace kefu::customers {

std::vector<FieldViolation> CheckSiteFields(const SiteFields& f) {
    namespace l = site_limits;
    Violations v;
    if (!f.customer_id && !f.dealer_id) v.Add("customerId", "required");
    if (f.division_code.empty()) {
        v.Add("divisionCode", "required");
    } else if (!geo::DivisionCode::Parse(f.division_code)) {
        v.Add("divisionCode", "invalid_value");
    }
    if (f.street.empty()) v.Add("street", "required");
    if (Utf8Length(f.street) > l::kStreetMax) v.Add("street", "too_long");
    if (f.lat_e6 && (*f.lat_e6 < l::kLatMinE6 || *f.lat_e6 > l::kLatMaxE6)) {
        v.Add("latE6", "out_of_range");
    }
    if (f.lng_e6 && (*f.lng_e6 < l::kLngMinE6 || *f.lng_e6 > l::kLngMaxE6)) {
        v.Add("lngE6", "out_of_range");
    }
    // Half a point is no point: say which half is missing rather than guess.
    if (f.lat_e6 && !f.lng_e6) v.Add("lngE6", "required");
    if (!f.lat_e6 && f.lng_e6) v.Add("latE6", "required");
    if (f.floor && (*f.floor < l::kFloorMin || *f.floor > l::kFloorMax)) {
        v.Add("floor", "out_of_range");
    }
    if (f.access_notes && Utf8Length(*f.access_notes) > l::kAccessNotesMax) {
        v.Add("accessNotes", "too_long");
    }
    return v.items();
}

std::optional<std::string_view> DivisionRefusal(const geo::Division& division) {
    if (!division.active) return "inactive";
    if (division.has_children) return "has_children";
    return std::nullopt;
}

SitePoint ResolvePoint(std::optional<std::int64_t> lat_e6,
                       std::optional<std::int64_t> lng_e6,
                       const geo::Division& division) {
    if (!lat_e6 || !lng_e6) return {division.point.lat_e6, division.point.lng_e6, true};
    const auto lat = static_cast<std::int32_t>(*lat_e6);
    const auto lng = static_cast<std::int32_t>(*lng_e6);
    const bool is_seat = lat == division.point.lat_e6 && lng == division.point.lng_e6;
    return {lat, lng, is_seat};
}

bool IsLocal(geo::DivisionCode division_code, std::int64_t local_area) {
    const auto area = geo::DivisionCode::FromNumber(local_area);
    return area && geo::IsWithin(division_code, *area);
}

std::string DivisionNameOf(const std::vector<std::string>& names_from_the_top) {
    std::string out;
    for (const std::string& name : names_from_the_top) {
        if (!out.empty()) out += ' ';
        out += name;
    }
    return out;
}

}  // namespace kefu::customers
