// The trip log's checks and the head's flags at their edges (R-VEH-1).
#include "fleet/trip_log.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "fleet/trip_flags.hpp"

namespace kefu::fleet {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

bool Has(const std::vector<FieldViolation>& v, std::string_view field, std::string_view reason) {
    return std::any_of(v.begin(), v.end(), [&](const FieldViolation& x) {
        return x.field == field && x.reason == reason;
    });
}

Timestamp At(const char* text) { return *ParseDateTime(text); }

TripLogFields Trip(const char* out, const char* in, std::int64_t km_out, std::int64_t km_in) {
    TripLogFields f;
    f.vehicle_id = VehicleId(1);
    f.driver_staff_id = StaffId(7);
    f.departed_at = At(out);
    f.returned_at = At(in);
    f.odometer_out_km = km_out;
    f.odometer_in_km = km_in;
    f.destinations = "历下区 泉城路";
    return f;
}

TripLog Stored(std::int64_t id, const TripLogFields& f) {
    TripLog t;
    t.id = TripLogId(id);
    t.vehicle_id = f.vehicle_id;
    t.vehicle_plate = "鲁A·3K721";
    t.departed_at = f.departed_at;
    t.returned_at = f.returned_at;
    t.odometer_out_km = f.odometer_out_km;
    t.odometer_in_km = f.odometer_in_km;
    t.job_ids = f.job_ids;
    return t;
}

// R-VEH-1: a return before (or at) the departure is refused; one second after passes.
TEST(TripFields, ReturnMustFollowDeparture) {
    EXPECT_TRUE(Has(
        CheckTripFields(Trip("2026-11-30T08:00:00+08:00", "2026-11-30T07:59:59+08:00", 100, 120)),
        "returnedAt",
        "before_departure"));
    EXPECT_TRUE(Has(
        CheckTripFields(Trip("2026-11-30T08:00:00+08:00", "2026-11-30T08:00:00+08:00", 100, 120)),
        "returnedAt",
        "before_departure"));
    EXPECT_TRUE(
        CheckTripFields(Trip("2026-11-30T08:00:00+08:00", "2026-11-30T08:00:01+08:00", 100, 120))
            .empty());
}

// R-VEH-1: odometer in below out is refused; an equal reading (the van did not move) passes.
TEST(TripFields, OdometerInNotBelowOut) {
    const char* out = "2026-11-30T08:00:00+08:00";
    const char* in = "2026-11-30T17:00:00+08:00";
    EXPECT_TRUE(Has(CheckTripFields(Trip(out, in, 100, 99)), "odometerInKm", "below_odometer_out"));
    EXPECT_TRUE(CheckTripFields(Trip(out, in, 100, 100)).empty());
    EXPECT_TRUE(CheckTripFields(Trip(out, in, 100, 100 + trip_limits::kTripMaxKm)).empty());
    EXPECT_TRUE(Has(CheckTripFields(Trip(out, in, 100, 101 + trip_limits::kTripMaxKm)),
                    "odometerInKm",
                    "too_far"));
}

// R-VEH-1: a trip is logged once it is over; a phone clock a few minutes ahead still passes.
TEST(TripFields, ATripEndingInTheFutureIsRefusedBeyondTheClockSkew) {
    const Timestamp now = *ParseDateTime("2026-11-30T17:00:00+08:00");
    const auto f = Trip("2026-11-30T08:00:00+08:00", "2026-11-30T17:05:00+08:00", 1, 2);
    EXPECT_TRUE(CheckTripNotAhead(f, now).empty());
    const auto late = Trip("2026-11-30T08:00:00+08:00", "2026-11-30T17:05:01+08:00", 1, 2);
    EXPECT_TRUE(Has(CheckTripNotAhead(late, now), "returnedAt", "in_future"));
    EXPECT_FALSE(Has(CheckTripNotAhead(late, now), "departedAt", "in_future"));
    const auto tomorrow = Trip("2026-12-01T08:00:00+08:00", "2026-12-01T17:00:00+08:00", 1, 2);
    EXPECT_TRUE(Has(CheckTripNotAhead(tomorrow, now), "departedAt", "in_future"));
    EXPECT_TRUE(Has(CheckTripNotAhead(tomorrow, now), "returnedAt", "in_future"));
}

TEST(TripFields, AJobOrADestinationSaysWhyTheVehicleMoved) {
    TripLogFields f = Trip("2026-11-30T08:00:00+08:00", "2026-11-30T17:00:00+08:00", 1, 2);
    f.destinations.clear();
    EXPECT_TRUE(Has(CheckTripFields(f), "destinations", "required"));
    f.job_ids = {12};
    EXPECT_TRUE(CheckTripFields(f).empty());
}

// R-VEH-1: the same vehicle cannot be out twice at once; touching ends are fine.
TEST(TripAgainst, TimesMayTouchButNotOverlap) {
    const TripLog morning =
        Stored(1, Trip("2026-11-30T08:00:00+08:00", "2026-11-30T12:00:00+08:00", 100, 150));
    const std::vector<TripLog> others{morning};
    EXPECT_TRUE(
        CheckTripAgainst(Trip("2026-11-30T12:00:00+08:00", "2026-11-30T15:00:00+08:00", 150, 180),
                         others)
            .empty());
    const auto overlap = CheckTripAgainst(
        Trip("2026-11-30T11:59:00+08:00", "2026-11-30T15:00:00+08:00", 150, 180), others);
    ASSERT_TRUE(Has(overlap, "departedAt", "time_overlap"));
    EXPECT_EQ(overlap.front().detail, "1");
}

// R-VEH-1: an odometer going backwards against the previous trip, or one the next trip already
// passed, or overlapping another trip's km, is refused.
TEST(TripAgainst, OdometerNeverGoesBackwardsNorOverlaps) {
    const TripLog morning =
        Stored(1, Trip("2026-11-30T08:00:00+08:00", "2026-11-30T12:00:00+08:00", 100, 150));
    const TripLog evening =
        Stored(2, Trip("2026-11-30T18:00:00+08:00", "2026-11-30T20:00:00+08:00", 200, 220));
    const std::vector<TripLog> others{morning, evening};
    // Exactly the previous in and the next out: fine.
    EXPECT_TRUE(
        CheckTripAgainst(Trip("2026-11-30T13:00:00+08:00", "2026-11-30T17:00:00+08:00", 150, 200),
                         others)
            .empty());
    const auto backwards = CheckTripAgainst(
        Trip("2026-11-30T13:00:00+08:00", "2026-11-30T17:00:00+08:00", 149, 160), others);
    EXPECT_TRUE(Has(backwards, "odometerOutKm", "odometer_backwards"));
    EXPECT_TRUE(Has(backwards, "odometerOutKm", "odometer_overlap"));
    EXPECT_TRUE(
        Has(CheckTripAgainst(
                Trip("2026-11-30T13:00:00+08:00", "2026-11-30T17:00:00+08:00", 160, 201), others),
            "odometerInKm",
            "odometer_backwards"));
    // Entirely below the previous trip's range: backwards, though the ranges do not overlap.
    const auto below = CheckTripAgainst(
        Trip("2026-11-30T13:00:00+08:00", "2026-11-30T17:00:00+08:00", 50, 60), others);
    EXPECT_TRUE(Has(below, "odometerOutKm", "odometer_backwards"));
    EXPECT_FALSE(Has(below, "odometerOutKm", "odometer_overlap"));
}

DispatchedJob Job(std::int64_t id, Date day) {
    return {id, "KF-2026-" + std::to_string(id), VehicleId(1), "鲁A·3K721", day};
}

// R-VEH-1: a dispatched job is flagged only after 09:00 the next morning, unless a trip covers it.
TEST(TripFlags, MissingLogAfterTheNextMorningsDeadline) {
    const Date day(2026, 11, 30);
    const std::vector<DispatchedJob> jobs{Job(5, day)};
    auto deadline = [](Date d) { return NextMorning(d, 540); };
    EXPECT_EQ(NextMorning(day, 540), At("2026-12-01T09:00:00+08:00"));
    EXPECT_TRUE(MissingLogs(jobs, {}, deadline, At("2026-12-01T08:59:59+08:00")).empty());
    const auto flags = MissingLogs(jobs, {}, deadline, At("2026-12-01T09:00:00+08:00"));
    ASSERT_EQ(flags.size(), 1U);
    EXPECT_EQ(flags[0].kind, TripFlagKind::kMissingLog);
    EXPECT_EQ(flags[0].job_id, 5);
    // A trip of the vehicle that day covers it; so does a trip of another vehicle naming the job.
    TripLog same_day =
        Stored(1, Trip("2026-11-30T08:00:00+08:00", "2026-11-30T12:00:00+08:00", 100, 150));
    const std::vector<TripLog> covering{same_day};
    EXPECT_TRUE(MissingLogs(jobs, covering, deadline, At("2026-12-02T00:00:00+08:00")).empty());
    TripLog other_vehicle = same_day;
    other_vehicle.vehicle_id = VehicleId(2);
    EXPECT_FALSE(
        MissingLogs(
            jobs, std::vector<TripLog>{other_vehicle}, deadline, At("2026-12-02T00:00:00+08:00"))
            .empty());
    other_vehicle.job_ids = {5};
    EXPECT_TRUE(
        MissingLogs(
            jobs, std::vector<TripLog>{other_vehicle}, deadline, At("2026-12-02T00:00:00+08:00"))
            .empty());
    // China's day, not UTC's: a trip leaving at 07:00 Beijing time (23:00 UTC the day before).
    TripLog early =
        Stored(3, Trip("2026-11-30T07:00:00+08:00", "2026-11-30T07:30:00+08:00", 100, 101));
    EXPECT_TRUE(TripCovers(early, Job(5, day)));
}

// R-VEH-1: a gap between one trip's odometer in and the next one's out is flagged with its size.
TEST(TripFlags, OdometerGapBetweenConsecutiveTrips) {
    const TripLog a =
        Stored(1, Trip("2026-11-30T08:00:00+08:00", "2026-11-30T12:00:00+08:00", 100, 150));
    const TripLog b =
        Stored(2, Trip("2026-11-30T13:00:00+08:00", "2026-11-30T15:00:00+08:00", 150, 170));
    const TripLog c =
        Stored(3, Trip("2026-11-30T16:00:00+08:00", "2026-11-30T18:00:00+08:00", 182, 190));
    EXPECT_TRUE(OdometerGaps(std::vector<TripLog>{a, b}).empty());
    const auto gaps = OdometerGaps(std::vector<TripLog>{c, a, b});
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(gaps[0].kind, TripFlagKind::kOdometerGap);
    EXPECT_EQ(gaps[0].gap_km, 12);
    EXPECT_EQ(gaps[0].trip_log_id, TripLogId(3));
    EXPECT_EQ(gaps[0].previous_trip_log_id, TripLogId(2));
}

}  // namespace
}  // namespace kefu::fleet
