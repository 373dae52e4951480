#include "planner/model/solution.hpp"

namespace kefu::planner {

std::string_view ReasonCode(UnassignedReason reason) {
    switch (reason) {
        case UnassignedReason::kSkills:
            return "skills";
        case UnassignedReason::kCapacity:
            return "capacity";
        case UnassignedReason::kTimeWindow:
            return "time_window";
        case UnassignedReason::kNoVehicleLeft:
            return "no_vehicle_left";
    }
    return "unknown";
}

}  // namespace kefu::planner
