// China wall-clock times for the demo data: the demo department works in Asia/Shanghai.
#pragma once

#include <chrono>

#include "platform/date.hpp"

namespace kefu::app {

/// The instant of `minute` minutes after midnight of `day` in China (UTC+8, no summer time).
inline Timestamp DemoChinaTime(Date day, int minute) {
    return std::chrono::time_point_cast<std::chrono::seconds>(
        day.days() + std::chrono::minutes(minute) - std::chrono::hours(8));
}

}  // namespace kefu::app
