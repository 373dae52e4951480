// Travel distances and durations between locations, and the providers that compute them.
#pragma once

#include <cstddef>
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

/// Great-circle distance in km times a road factor; duration in seconds at a constant speed.
class HaversineMatrixProvider final : public MatrixProvider {
public:
    HaversineMatrixProvider(double road_factor, double speed_km_per_hour)
        : road_factor_(road_factor), speed_km_per_hour_(speed_km_per_hour) {}
    Result<TravelMatrix> Build(std::span<const Coordinates> points) const override;

private:
    double road_factor_;
    double speed_km_per_hour_;
};

}  // namespace kefu::planner
