#include "policy/policy_value.hpp"

#include <array>
#include <utility>

namespace kefu::policy {

std::string_view UnitName(Unit unit) {
    switch (unit) {
        case Unit::kMonths:
            return "months";
        case Unit::kPersons:
            return "persons";
        case Unit::kFen:
            return "fen";
        case Unit::kMinuteOfDay:
            return "minute_of_day";
    }
    return "months";
}

std::optional<Unit> ParseUnit(std::string_view name) {
    for (Unit u : {Unit::kMonths, Unit::kPersons, Unit::kFen, Unit::kMinuteOfDay}) {
        if (UnitName(u) == name) return u;
    }
    return std::nullopt;
}

std::optional<Unit> UnitOfKey(std::string_view key) {
    static constexpr std::array<std::pair<std::string_view, Unit>, 11> kKnown = {{
        {keys::kTechnicianMinMonths, Unit::kMonths},
        {keys::kSupervisorMinMonths, Unit::kMonths},
        {keys::kInternshipMonths, Unit::kMonths},
        {keys::kCrewSizeRequiringApproval, Unit::kPersons},
        {keys::kBreakfastOutOfTownFen, Unit::kFen},
        {keys::kLunchOutOfTownFen, Unit::kFen},
        {keys::kDinnerOutOfTownFen, Unit::kFen},
        {keys::kLunchJinanFen, Unit::kFen},
        {keys::kLodgingCountyFen, Unit::kFen},
        {keys::kLodgingPrefectureFen, Unit::kFen},
        {keys::kReturnCutoffMinute, Unit::kMinuteOfDay},
    }};
    for (const auto& [name, unit] : kKnown) {
        if (name == key) return unit;
    }
    return std::nullopt;
}

}  // namespace kefu::policy
