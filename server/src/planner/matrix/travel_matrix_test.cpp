// R-DSP-4: travel times by straight line × detour factor at an average speed, with separate
// numbers inside and outside the city.
#include "planner/matrix/travel_matrix.hpp"

#include <gtest/gtest.h>

#include <array>

namespace kefu::planner {
namespace {

// Jinan's centre and two points: one 0.1° of latitude north (about 11.1 km), one far east.
constexpr Coordinates kCentre{117.0, 36.65};
constexpr Coordinates kNorth{117.0, 36.75};
constexpr Coordinates kEast{118.0, 36.65};

TEST(GreatCircle, OneTenthOfADegreeOfLatitudeIsAboutElevenKm) {
    EXPECT_NEAR(GreatCircleKm(kCentre, kNorth), 11.12, 0.01);
    EXPECT_DOUBLE_EQ(GreatCircleKm(kCentre, kCentre), 0.0);
}

TEST(HaversineMatrix, DetourFactorAndSpeedScaleDistanceAndTime) {
    const std::array points{kCentre, kNorth};
    auto straight = HaversineMatrixProvider(RoadModel{1.0, 60.0}).Build(points);
    ASSERT_TRUE(straight.has_value());
    const double km = GreatCircleKm(kCentre, kNorth);
    EXPECT_DOUBLE_EQ(straight->distance(0, 1), km);
    EXPECT_DOUBLE_EQ(straight->duration(0, 1), km * 60.0);  // 60 km/h: a minute per km
    auto winding = HaversineMatrixProvider(RoadModel{1.5, 30.0}).Build(points);
    ASSERT_TRUE(winding.has_value());
    EXPECT_DOUBLE_EQ(winding->distance(1, 0), km * 1.5);
    EXPECT_DOUBLE_EQ(winding->duration(1, 0), km * 1.5 / 30.0 * 3600.0);
    EXPECT_DOUBLE_EQ(winding->distance(0, 0), 0.0);
}

TEST(HaversineMatrix, RefusesADetourBelowOneAndAStandingSpeed) {
    const std::array points{kCentre, kNorth};
    EXPECT_TRUE(HaversineMatrixProvider(RoadModel{1.0, 0.1}).Build(points).has_value());
    EXPECT_FALSE(HaversineMatrixProvider(RoadModel{0.99, 40.0}).Build(points).has_value());
    EXPECT_FALSE(HaversineMatrixProvider(RoadModel{1.3, 0.0}).Build(points).has_value());
    const CityZone slow_city{kCentre, 20.0, RoadModel{0.5, 20.0}};
    EXPECT_FALSE(HaversineMatrixProvider(RoadModel{1.3, 60.0}, slow_city).Build(points));
    const std::array off_earth{kCentre, Coordinates{181.0, 0.0}};
    EXPECT_FALSE(HaversineMatrixProvider(RoadModel{1.3, 60.0}).Build(off_earth).has_value());
}

TEST(HaversineMatrix, ArcsWithBothEndsInTheCityUseTheCityModel) {
    const CityZone city{kCentre, 20.0, RoadModel{1.5, 20.0}};
    const std::array points{kCentre, kNorth, kEast};
    auto matrix = HaversineMatrixProvider(RoadModel{1.2, 60.0}, city).Build(points);
    ASSERT_TRUE(matrix.has_value());
    const double inner = GreatCircleKm(kCentre, kNorth);
    EXPECT_DOUBLE_EQ(matrix->distance(0, 1), inner * 1.5);
    EXPECT_DOUBLE_EQ(matrix->duration(0, 1), inner * 1.5 / 20.0 * 3600.0);
    // One end outside the radius: the outside numbers.
    const double outer = GreatCircleKm(kCentre, kEast);
    EXPECT_DOUBLE_EQ(matrix->distance(0, 2), outer * 1.2);
    EXPECT_DOUBLE_EQ(matrix->duration(2, 1), GreatCircleKm(kEast, kNorth) * 1.2 / 60.0 * 3600.0);
    // The radius is inclusive at its edge: a city just too small leaves the north point out.
    const CityZone small{kCentre, inner - 0.001, RoadModel{1.5, 20.0}};
    auto outside = HaversineMatrixProvider(RoadModel{1.2, 60.0}, small).Build(points);
    ASSERT_TRUE(outside.has_value());
    EXPECT_DOUBLE_EQ(outside->distance(0, 1), inner * 1.2);
    const CityZone exact{kCentre, inner, RoadModel{1.5, 20.0}};
    auto inside = HaversineMatrixProvider(RoadModel{1.2, 60.0}, exact).Build(points);
    ASSERT_TRUE(inside.has_value());
    EXPECT_DOUBLE_EQ(inside->distance(0, 1), inner * 1.5);
}

}  // namespace
}  // namespace kefu::planner
