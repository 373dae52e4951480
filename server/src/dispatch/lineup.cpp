#include "dispatch/lineup.hpp"

#include <fmt/core.h>

#include <set>

namespace kefu::dispatch {

std::string CrewField(std::size_t i) { return fmt::format("crews[{}]", i); }

std::vector<FieldViolation> RepeatedInCrews(const std::vector<CrewInput>& crews,
                                            const std::function<std::string(std::size_t)>& crew) {
    std::vector<FieldViolation> out;
    std::set<std::int64_t> earlier;  // everyone of the crews before this one
    std::set<std::int64_t> vehicles;
    for (std::size_t i = 0; i < crews.size(); ++i) {
        const CrewInput& c = crews[i];
        if (!vehicles.insert(c.vehicle_id).second)
            out.push_back({crew(i) + ".vehicleId", "duplicate"});
        std::set<std::int64_t> installers;
        auto installer = [&](StaffId person, const std::string& field) {
            if (earlier.contains(person.value()) || !installers.insert(person.value()).second) {
                out.push_back({field, "duplicate"});
            }
        };
        installer(c.lead, crew(i) + ".leadId");
        for (std::size_t j = 0; j < c.members.size(); ++j) {
            installer(c.members[j], fmt::format("{}.memberIds[{}]", crew(i), j));
        }
        if (c.driver && earlier.contains(c.driver->value())) {
            out.push_back({crew(i) + ".driverId", "duplicate"});
        }
        earlier.insert(installers.begin(), installers.end());
        if (c.driver) earlier.insert(c.driver->value());
    }
    return out;
}

}  // namespace kefu::dispatch
