// The trip records report's model (R-RPT-4): rows in China time, ordered by vehicle then
// departure, totals per vehicle and overall, and the document and workbook built from them.
#include "fleet/trip_report.hpp"

#include <gtest/gtest.h>

#include <variant>

namespace kefu::fleet {
namespace {

TripLog Trip(std::int64_t id,
             const char* plate,
             const char* out,
             const char* in,
             std::int64_t km_out,
             std::int64_t km_in) {
    TripLog t;
    t.id = TripLogId(id);
    t.vehicle_plate = plate;
    t.driver_name = "马成";
    t.departed_at = *ParseDateTime(out);
    t.returned_at = *ParseDateTime(in);
    t.odometer_out_km = km_out;
    t.odometer_in_km = km_in;
    t.destinations = "舜华路";
    t.purpose = "送货安装";
    t.fuel_cl = 3550;
    t.fuel_cost = Money::Fen(28050);
    t.toll = Money::Fen(3500);
    t.parking = Money::Fen(1000);
    return t;
}

// R-RPT-4
TEST(TripReport, RowsAreByVehicleThenDepartureInChinaTimeWithTotals) {
    const std::vector<TripLog> trips = {
        Trip(3, "鲁A·2", "2026-11-27T08:00:00+08:00", "2026-11-27T10:00:00+08:00", 500, 520),
        Trip(2, "鲁A·1", "2026-11-27T13:00:00+08:00", "2026-11-28T01:30:00+08:00", 1050, 1100),
        Trip(1, "鲁A·1", "2026-11-26T23:30:00Z", "2026-11-27T02:00:00Z", 1000, 1050),
    };
    TripReport r = BuildTripReport(trips, Date(2026, 11, 1), Date(2026, 11, 30), "");
    ASSERT_EQ(r.rows.size(), 3u);
    // 23:30 UTC on the 26th is 07:30 on the 27th in China.
    EXPECT_EQ(r.rows[0].plate, "鲁A·1");
    EXPECT_EQ(r.rows[0].date, Date(2026, 11, 27));
    EXPECT_EQ(r.rows[0].departed, "07:30");
    EXPECT_EQ(r.rows[0].returned, "10:00");
    EXPECT_EQ(r.rows[0].km, 50);
    // Back after midnight: the return names its day.
    EXPECT_EQ(r.rows[1].returned, "11-28 01:30");
    EXPECT_EQ(r.rows[2].plate, "鲁A·2");

    ASSERT_EQ(r.per_vehicle.size(), 2u);
    EXPECT_EQ(r.per_vehicle[0].plate, "鲁A·1");
    EXPECT_EQ(r.per_vehicle[0].trips, 2);
    EXPECT_EQ(r.per_vehicle[0].km, 100);
    EXPECT_EQ(r.per_vehicle[0].fuel_cl, 7100);
    EXPECT_EQ(r.per_vehicle[0].fuel_cost, Money::Fen(56100));
    EXPECT_EQ(r.per_vehicle[1].km, 20);
    EXPECT_EQ(r.overall.trips, 3);
    EXPECT_EQ(r.overall.km, 120);
    EXPECT_EQ(r.overall.toll, Money::Fen(10500));
    EXPECT_EQ(r.overall.parking, Money::Fen(3000));
    EXPECT_EQ(FormatLitres(r.overall.fuel_cl), "106.50");
}

// R-RPT-4
TEST(TripReport, JobsServedFollowTheDestinations) {
    TripLog t = Trip(1, "鲁A·1", "2026-11-27T08:00:00+08:00", "2026-11-27T10:00:00+08:00", 0, 5);
    t.job_ids = {12, 13};
    TripReport r =
        BuildTripReport(std::vector<TripLog>{t}, Date(2026, 11, 27), Date(2026, 11, 27), "鲁A·1");
    EXPECT_EQ(r.rows[0].destinations, "舜华路；任务 #12 #13");
}

// R-RPT-4
TEST(TripReport, TheWorkbookHoldsValuesAndTextStaysText) {
    TripLog t = Trip(1, "鲁A·1", "2026-11-27T08:00:00+08:00", "2026-11-27T10:00:00+08:00", 0, 5);
    t.purpose = "=1+1";
    TripReport r =
        BuildTripReport(std::vector<TripLog>{t}, Date(2026, 11, 27), Date(2026, 11, 27), "");
    documents::Workbook wb = TripReportWorkbook(r);
    ASSERT_EQ(wb.sheets.size(), 1u);
    const auto& rows = wb.sheets[0].rows;
    ASSERT_EQ(rows.size(), 3u);  // the trip, the vehicle's subtotal, the total
    EXPECT_EQ(std::get<std::string>(rows[0][9]), "=1+1");
    EXPECT_EQ(std::get<std::int64_t>(rows[0][7]), 5);
    EXPECT_EQ(std::get<Money>(rows[2][11]), Money::Fen(28050));
    for (const auto& row : rows) {
        for (const auto& cell : row) EXPECT_FALSE(std::holds_alternative<documents::Formula>(cell));
    }
    documents::Document doc = TripReportDocument(r, "2026-11-30 10:00");
    EXPECT_EQ(doc.title, "客服出车记录 2026-11-27 至 2026-11-27");
}

}  // namespace
}  // namespace kefu::fleet
