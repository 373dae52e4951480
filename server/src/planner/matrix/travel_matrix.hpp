// Travel distances and durations between locations, and the providers that compute them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "platform/error.hpp"

namespace kefu::planner {

/// Dense square matrices of travel distance and duration, row = from, column = to.
class TravelMatrix {
public:
    TravelMatrix() = default;
    /// A size × size matrix of zeros.
    explicit TravelMatrix(std::size_t size)
        : size_(size), distances_(size * size, 0.0), durations_(size * size, 0.0) {}

    std::size_t size() const { return size_; }
    double distance(std::size_t from, std::size_t to) const {
        return distances_[from * size_ + to];
    }
    double duration(std::size_t from, std::size_t to) const {
        return durations_[from * size_ + to];
    }
    void Set(std::size_t from, std::size_t to, double distance, double duration) {
        distances_[from * size_ + to] = distance;
        durations_[from * size_ + to] = duration;
    }

private:
    std::size_t size_ = 0;
    std::vector<double> distances_;
    std::vector<double> durations_;
};

/// A point: plane coordinates for benchmark files, or x = longitude, y = latitude in degrees.
struct Coordinates {
    double x = 0.0;
    double y = 0.0;
};

/// Port for whatever computes travel between points (straight line, road network later).
class MatrixProvider {
public:
    virtual ~MatrixProvider() = default;
    /// The matrix between all given points; INVALID_ARGUMENT on unusable coordinates.
    virtual Result<TravelMatrix> Build(std::span<const Coordinates> points) const = 0;
};

/// Euclidean distance in plane units; duration equals distance (the Solomon convention).
class EuclideanMatrixProvider final : public MatrixProvider {
public:
    Result<TravelMatrix> Build(std::span<const Coordinates> points) const override;
};

/// How roads relate to the straight line in one zone: the detour factor (road km per
/// straight-line km, at least 1) and the average speed.
struct RoadModel {
    double detour_factor = 1.3;
    double speed_km_per_hour = 40.0;
};

/// A city around a centre: an arc with both ends within `radius_km` of it uses `roads`.
struct CityZone {
    Coordinates centre;
    double radius_km = 0.0;
    RoadModel roads;
};

/// Great-circle distance in km times the detour factor; duration in seconds at the zone's
/// average speed. Arcs inside the city (when one is given) use its model, all others `outside`.
class HaversineMatrixProvider final : public MatrixProvider {
public:
    explicit HaversineMatrixProvider(RoadModel outside, std::optional<CityZone> city = {})
        : outside_(outside), city_(city) {}
    Result<TravelMatrix> Build(std::span<const Coordinates> points) const override;

private:
    RoadModel outside_;
    std::optional<CityZone> city_;
};

/// Great-circle distance between two points (x = longitude, y = latitude), in km.
double GreatCircleKm(Coordinates a, Coordinates b);

}  // namespace kefu::planner
