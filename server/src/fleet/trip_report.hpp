// The vehicle trip records report (客服出车记录, R-RPT-4): the trips of a period, optionally of
// one vehicle, as rows with totals per vehicle and overall; printed as an A4 PDF or an XLSX.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "documents/document.hpp"
#include "documents/workbook.hpp"
#include "fleet/trip_log.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/money.hpp"

namespace kefu::fleet {

/// The longest period one report covers, in days (inclusive of both ends).
inline constexpr int kTripReportMaxDays = 366;

/// One trip as the report prints it; times are China time.
struct TripReportRow {
    Date date{};  ///< China date of departure
    std::string plate{};
    std::string driver{};
    std::string departed{};  ///< "HH:MM"
    std::string returned{};  ///< "HH:MM", or "MM-DD HH:MM" when back on another day
    std::int64_t odometer_out_km = 0;
    std::int64_t odometer_in_km = 0;
    std::int64_t km = 0;
    std::string destinations{};  ///< the places, then the jobs served ("任务 #12 #13")
    std::string purpose{};
    std::int64_t fuel_cl = 0;
    Money fuel_cost{};
    Money toll{};
    Money parking{};
};

/// Sums of a set of trips (one vehicle's, or all).
struct TripReportTotals {
    std::string plate{};  ///< empty for the overall totals
    int trips = 0;
    std::int64_t km = 0;
    std::int64_t fuel_cl = 0;
    Money fuel_cost{};
    Money toll{};
    Money parking{};
};

/// The report: rows by vehicle plate then departure, one totals line per vehicle, and overall.
struct TripReport {
    Date from{};
    Date to{};
    std::string vehicle{};  ///< the vehicle asked for, empty = all vehicles
    std::vector<TripReportRow> rows{};
    std::vector<TripReportTotals> per_vehicle{};  ///< by plate
    TripReportTotals overall{};
};

/// Builds the report of `trips` (any order) for the period [from, to] and vehicle label.
TripReport BuildTripReport(std::span<const TripLog> trips, Date from, Date to, std::string vehicle);

/// Litres with two decimals ("35.50") from centilitres.
std::string FormatLitres(std::int64_t cl);

/// The report as an A4 document; `printed_at` ("YYYY-MM-DD HH:MM") goes in the footer.
documents::Document TripReportDocument(const TripReport& report, const std::string& printed_at);

/// The report as a one-sheet workbook: values only (no formulas), text cells always text.
documents::Workbook TripReportWorkbook(const TripReport& report);

}  // namespace kefu::fleet
