#include "planner/matrix/travel_matrix.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kefu::planner {

Result<TravelMatrix> EuclideanMatrixProvider::Build(std::span<const Coordinates> points) const {
    TravelMatrix matrix(points.size());
    for (std::size_t a = 0; a < points.size(); ++a) {
        for (std::size_t b = 0; b < points.size(); ++b) {
            const double d = std::hypot(points[a].x - points[b].x, points[a].y - points[b].y);
            matrix.Set(a, b, d, d);
        }
    }
    return matrix;
}

Result<TravelMatrix> HaversineMatrixProvider::Build(std::span<const Coordinates> points) const {
    if (!(road_factor_ >= 1.0) || !(speed_km_per_hour_ > 0.0)) {
        return Fail(Error::InvalidArgument("road factor must be >= 1 and speed > 0"));
    }
    for (const Coordinates& point : points) {
        if (!(std::abs(point.y) <= 90.0) || !(std::abs(point.x) <= 180.0)) {
            return Fail(Error::InvalidArgument("coordinates out of range"));
        }
    }
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = std::numbers::pi / 180.0;
    TravelMatrix matrix(points.size());
    for (std::size_t a = 0; a < points.size(); ++a) {
        for (std::size_t b = 0; b < points.size(); ++b) {
            const double dlat = (points[b].y - points[a].y) * kRadians;
            const double dlon = (points[b].x - points[a].x) * kRadians;
            const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                             std::cos(points[a].y * kRadians) * std::cos(points[b].y * kRadians) *
                                 std::sin(dlon / 2) * std::sin(dlon / 2);
            const double km =
                2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h))) * road_factor_;
            matrix.Set(a, b, km, km / speed_km_per_hour_ * 3600.0);
        }
    }
    return matrix;
}

}  // namespace kefu::planner
