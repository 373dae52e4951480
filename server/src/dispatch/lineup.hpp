// The crews the head forms for a day (R-DSP-3), and the rule of a line-up that needs no
// storage: nobody and no vehicle in two places.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "dispatch/plan_repository.hpp"
#include "platform/error.hpp"

namespace kefu::dispatch {

/// How a saved crew is shown: its lead's name and its vehicle's plate.
struct CrewNames {
    std::string lead;
    std::string plate;
};

/// The crews of one day as the head formed them; version 0 when none was saved.
struct DayLineup {
    Date day;
    int version = 0;
    std::vector<CrewInput> crews;  ///< no delays: a line-up is the plan, not the day's news
    std::vector<CrewNames> names;  ///< as read back, crews[i]'s (empty on a line-up to save)
    std::string saved_by_name;
    std::optional<Timestamp> saved_at;
};

/// The field naming crew i of a line-up in a violation: "crews[2]".
std::string CrewField(std::size_t i);

/// The violations of crews that need no storage: a person or a vehicle in two crews, or one
/// person twice in a crew (duplicate). The driver may also be the crew's lead or a member (a
/// technician who drives). `crew` names crew i, e.g. "crews[2]".
std::vector<FieldViolation> RepeatedInCrews(const std::vector<CrewInput>& crews,
                                            const std::function<std::string(std::size_t)>& crew);

}  // namespace kefu::dispatch
