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

double GreatCircleKm(Coordinates a, Coordinates b) {
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double dlat = (b.y - a.y) * kRadians;
    const double dlon = (b.x - a.x) * kRadians;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.y * kRadians) * std::cos(b.y * kRadians) * std::sin(dlon / 2) *
                         std::sin(dlon / 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

namespace {

bool Usable(const RoadModel& roads) {
    return roads.detour_factor >= 1.0 && roads.speed_km_per_hour > 0.0;
}

bool OnEarth(Coordinates point) { return std::abs(point.y) <= 90.0 && std::abs(point.x) <= 180.0; }

}  // namespace

Result<TravelMatrix> HaversineMatrixProvider::Build(std::span<const Coordinates> points) const {
    if (!Usable(outside_) || (city_ && !Usable(city_->roads))) {
        return Fail(Error::InvalidArgument("detour factor must be >= 1 and speed > 0"));
    }
    if (city_ && (!OnEarth(city_->centre) || !(city_->radius_km >= 0.0))) {
        return Fail(Error::InvalidArgument("city centre or radius out of range"));
    }
    for (const Coordinates& point : points) {
        if (!OnEarth(point)) return Fail(Error::InvalidArgument("coordinates out of range"));
    }
    std::vector<bool> in_city(points.size(), false);
    if (city_) {
        for (std::size_t i = 0; i < points.size(); ++i) {
            in_city[i] = GreatCircleKm(points[i], city_->centre) <= city_->radius_km;
        }
    }
    TravelMatrix matrix(points.size());
    for (std::size_t a = 0; a < points.size(); ++a) {
        for (std::size_t b = 0; b < points.size(); ++b) {
            const RoadModel& roads = city_ && in_city[a] && in_city[b] ? city_->roads : outside_;
            const double km = GreatCircleKm(points[a], points[b]) * roads.detour_factor;
            matrix.Set(a, b, km, km / roads.speed_km_per_hour * 3600.0);
        }
    }
    return matrix;
}

}  // namespace kefu::planner
