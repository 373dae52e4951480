#include "fleet/trip_report.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "platform/money_text.hpp"

namespace kefu::fleet {
namespace {

using documents::Align;

// China wall-clock minutes of the day and date of a UTC instant (UTC+8 all year).
std::string ChinaClock(Timestamp at, Date day_of_departure) {
    const auto china = at + std::chrono::hours(8);
    const auto minutes = std::chrono::floor<std::chrono::minutes>(china) -
                         std::chrono::floor<std::chrono::days>(china);
    std::string clock = fmt::format("{:02}:{:02}", minutes.count() / 60, minutes.count() % 60);
    const Date day = ChinaDateOf(at);
    if (day == day_of_departure) return clock;
    return fmt::format("{:02}-{:02} {}", day.month(), day.day(), clock);
}

std::string Places(const TripLog& t) {
    std::string text = t.destinations;
    if (!t.job_ids.empty()) {
        if (!text.empty()) text += "；";
        text += "任务";
        for (std::int64_t id : t.job_ids) text += fmt::format(" #{}", id);
    }
    return text;
}

void Add(TripReportTotals& totals, const TripReportRow& row) {
    ++totals.trips;
    totals.km += row.km;
    totals.fuel_cl += row.fuel_cl;
    totals.fuel_cost = totals.fuel_cost + row.fuel_cost;
    totals.toll = totals.toll + row.toll;
    totals.parking = totals.parking + row.parking;
}

std::string Period(const TripReport& r) { return r.from.ToString() + " 至 " + r.to.ToString(); }

std::string VehicleLabel(const TripReport& r) {
    return r.vehicle.empty() ? std::string("全部车辆") : r.vehicle;
}

}  // namespace

std::string FormatLitres(std::int64_t cl) { return fmt::format("{}.{:02}", cl / 100, cl % 100); }

TripReport BuildTripReport(std::span<const TripLog> trips,
                           Date from,
                           Date to,
                           std::string vehicle) {
    TripReport report{.from = from, .to = to, .vehicle = std::move(vehicle)};
    std::vector<const TripLog*> ordered;
    for (const TripLog& t : trips) ordered.push_back(&t);
    std::stable_sort(ordered.begin(), ordered.end(), [](const TripLog* a, const TripLog* b) {
        if (a->vehicle_plate != b->vehicle_plate) return a->vehicle_plate < b->vehicle_plate;
        return a->departed_at < b->departed_at;
    });
    for (const TripLog* t : ordered) {
        const Date day = ChinaDateOf(t->departed_at);
        TripReportRow row{.date = day,
                          .plate = t->vehicle_plate,
                          .driver = t->driver_name,
                          .departed = ChinaClock(t->departed_at, day),
                          .returned = ChinaClock(t->returned_at, day),
                          .odometer_out_km = t->odometer_out_km,
                          .odometer_in_km = t->odometer_in_km,
                          .km = t->odometer_in_km - t->odometer_out_km,
                          .destinations = Places(*t),
                          .purpose = t->purpose,
                          .fuel_cl = t->fuel_cl,
                          .fuel_cost = t->fuel_cost,
                          .toll = t->toll,
                          .parking = t->parking};
        if (report.per_vehicle.empty() || report.per_vehicle.back().plate != row.plate) {
            report.per_vehicle.push_back(TripReportTotals{.plate = row.plate});
        }
        Add(report.per_vehicle.back(), row);
        Add(report.overall, row);
        report.rows.push_back(std::move(row));
    }
    return report;
}

documents::Document TripReportDocument(const TripReport& report, const std::string& printed_at) {
    documents::Table table{.columns = {{"日期", 1.5},
                                       {"车牌", 1.5},
                                       {"司机", 1.0},
                                       {"出车", 0.9, Align::kCenter},
                                       {"回车", 0.9, Align::kCenter},
                                       {"出车里程", 1.2, Align::kRight},
                                       {"回车里程", 1.2, Align::kRight},
                                       {"公里", 0.8, Align::kRight},
                                       {"目的地／任务", 2.4},
                                       {"事由", 1.6},
                                       {"加油（升）", 1.0, Align::kRight},
                                       {"油费", 1.1, Align::kRight},
                                       {"路桥费", 1.0, Align::kRight},
                                       {"停车费", 1.0, Align::kRight}}};
    for (const TripReportRow& r : report.rows) {
        table.rows.push_back({r.date.ToString(),
                              r.plate,
                              r.driver,
                              r.departed,
                              r.returned,
                              fmt::format("{}", r.odometer_out_km),
                              fmt::format("{}", r.odometer_in_km),
                              fmt::format("{}", r.km),
                              r.destinations,
                              r.purpose,
                              FormatLitres(r.fuel_cl),
                              FormatYuan(r.fuel_cost),
                              FormatYuan(r.toll),
                              FormatYuan(r.parking)});
    }
    auto totals_row = [](const std::string& label, const TripReportTotals& t) {
        return std::vector<std::string>{label,
                                        t.plate,
                                        fmt::format("{} 趟", t.trips),
                                        "",
                                        "",
                                        "",
                                        "",
                                        fmt::format("{}", t.km),
                                        "",
                                        "",
                                        FormatLitres(t.fuel_cl),
                                        FormatYuan(t.fuel_cost),
                                        FormatYuan(t.toll),
                                        FormatYuan(t.parking)};
    };
    for (const TripReportTotals& t : report.per_vehicle) {
        table.total_rows.push_back(totals_row("小计", t));
    }
    table.total_rows.push_back(totals_row("总计", report.overall));

    documents::Document doc{
        .title = "客服出车记录 " + Period(report),
        .author = "客服部",
        .blocks = {documents::Heading{.text = "客服出车记录"},
                   documents::FieldGrid{
                       .fields = {{"期间", Period(report)},
                                  {"车辆", VehicleLabel(report)},
                                  {"出车次数", fmt::format("{}", report.overall.trips)},
                                  {"合计公里", fmt::format("{}", report.overall.km)}},
                       .pairs_per_row = 2}},
        .footer = {.text = "客服部 · 打印于 " + printed_at,
                   .page_format = "第 {page} 页 共 {pages} 页"}};
    if (report.rows.empty()) {
        doc.blocks.emplace_back(documents::Paragraph{.text = "本期间无出车记录。"});
    }
    doc.blocks.emplace_back(std::move(table));
    return doc;
}

documents::Workbook TripReportWorkbook(const TripReport& report) {
    documents::Sheet sheet{.name = "出车记录",
                           .title = "客服出车记录 " + Period(report) + " " + VehicleLabel(report),
                           .columns = {{"日期", 12},
                                       {"车牌", 12},
                                       {"司机", 10},
                                       {"出车时间", 12},
                                       {"回车时间", 12},
                                       {"出车里程", 10},
                                       {"回车里程", 10},
                                       {"公里", 8},
                                       {"目的地／任务", 30},
                                       {"事由", 20},
                                       {"加油（升）", 10},
                                       {"油费（元）", 12},
                                       {"路桥费（元）", 12},
                                       {"停车费（元）", 12}}};
    // Litres are shown like yuan (two decimals, "#,##0.00"): centilitres go in as "fen".
    for (const TripReportRow& r : report.rows) {
        sheet.rows.push_back({r.date,
                              r.plate,
                              r.driver,
                              r.departed,
                              r.returned,
                              r.odometer_out_km,
                              r.odometer_in_km,
                              r.km,
                              r.destinations,
                              r.purpose,
                              Money::Fen(r.fuel_cl),
                              r.fuel_cost,
                              r.toll,
                              r.parking});
    }
    auto totals_row = [](const std::string& label, const TripReportTotals& t) {
        return std::vector<documents::CellValue>{label,
                                                 t.plate,
                                                 fmt::format("{} 趟", t.trips),
                                                 {},
                                                 {},
                                                 {},
                                                 {},
                                                 t.km,
                                                 {},
                                                 {},
                                                 Money::Fen(t.fuel_cl),
                                                 t.fuel_cost,
                                                 t.toll,
                                                 t.parking};
    };
    for (const TripReportTotals& t : report.per_vehicle)
        sheet.rows.push_back(totals_row("小计", t));
    sheet.rows.push_back(totals_row("总计", report.overall));
    return documents::Workbook{.sheets = {std::move(sheet)},
                               .title = "客服出车记录 " + Period(report),
                               .author = "客服部"};
}

}  // namespace kefu::fleet
