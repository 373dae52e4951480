// The vehicle trip records report (客服出车记录, R-RPT-4) over HTTP on the engine under test:
// the PDF read back with pdftotext, the XLSX read back with openpyxl (values, never formulas,
// a purpose starting with '=' stays text), bad periods refused with the field named.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "app/api_tests/api_harness.hpp"
#include "documents/private_temp_dir.hpp"
#include "documents/testing/external_tool.hpp"
#include "documents/testing/pdf_probe.hpp"

namespace kefu::api_tests {
namespace {

using auth::Role;
using nlohmann::json;

std::int64_t IdOf(const ApiResponse& r) { return r.body["id"].get<std::int64_t>(); }

// Every non-empty cell as "A1<TAB>data_type<TAB>repr", and the count of <f> elements.
constexpr const char* kDumpScript = R"py(
import sys, zipfile, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
for row in ws.iter_rows():
    for c in row:
        if c.value is not None:
            print("%s\t%s\t%r" % (c.coordinate, c.data_type, c.value))
with zipfile.ZipFile(path) as z:
    n = sum(z.read(x).decode().count("<f>") for x in z.namelist() if x.startswith("xl/worksheets/"))
print("formulas\t%d\t" % n)
)py";

// The workbook's cells by coordinate: {data_type, repr}.
std::map<std::string, std::pair<std::string, std::string>> ReadXlsx(const std::string& xlsx) {
    std::map<std::string, std::pair<std::string, std::string>> cells;
    if (!documents::testing::RequireOpenpyxl()) return cells;
    auto dir = documents::PrivateTempDir::Create("kefu-trip-report-");
    EXPECT_TRUE(dir.has_value());
    if (!dir) return cells;
    const std::filesystem::path file = dir->path() / "report.xlsx";
    documents::testing::WriteBytes(file, xlsx);
    auto result = documents::testing::RunTool(
        {"/usr/bin/python3", "-c", kDumpScript, file.string()}, dir->path());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::stringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        std::stringstream fields(line);
        std::string a, b, c;
        std::getline(fields, a, '\t');
        std::getline(fields, b, '\t');
        std::getline(fields, c, '\t');
        cells[a] = {b, c};
    }
    return cells;
}

class TripReportApi : public ::testing::Test {
protected:
    void SetUp() override {
        // Every trip below is over: a trip is logged once it has returned (R-VEH-1).
        env_.test_app.clock.Set(*ParseDateTime("2026-12-02T12:00:00+08:00"));
        env_.test_app.CreateUser("head", {Role::kHead});
        env_.test_app.CreateUser("finance", {Role::kFinance});
        head_ = std::make_unique<ApiClient>(env_.LoginAs("head"));
        driver_ = IdOf(Must(head_->Post("/api/v1/staff",
                                        {{"name", "马成"},
                                         {"phone", "13905310020"},
                                         {"hireDate", "2020-03-01"},
                                         {"experienceStart", "2020-03-01"},
                                         {"grade", "none"},
                                         {"roles", {"driver"}}}),
                            201));
        van_ = Vehicle("鲁A12345");
        truck_ = Vehicle("鲁A67890");
        Trip(van_, "2026-11-02T08:00", "2026-11-02T12:00", 20'310, 20'352, "送货安装", "280.50");
        Trip(van_, "2026-11-03T13:00", "2026-11-03T17:00", 20'352, 20'400, "=SUM(A1:A9)", "0");
        Trip(truck_, "2026-11-02T09:00", "2026-11-02T11:00", 5'000, 5'030, "售后维修", "100.00");
        // Outside the period: left out.
        Trip(van_, "2026-12-01T08:00", "2026-12-01T09:00", 20'400, 20'410, "十二月", "0");
    }

    static ApiResponse Must(ApiResponse r, int status) {
        if (r.status != status) throw std::runtime_error(r.Describe());
        return r;
    }

    std::int64_t Vehicle(const std::string& plate) {
        return IdOf(Must(head_->Post("/api/v1/vehicles",
                                     {{"plate", plate},
                                      {"model", "江铃顺达"},
                                      {"volumeL", 10000},
                                      {"payloadKg", 1500},
                                      {"seats", 3},
                                      {"status", "in_service"}}),
                         201));
    }

    void Trip(std::int64_t vehicle,
              const std::string& out,
              const std::string& in,
              std::int64_t km_out,
              std::int64_t km_in,
              const std::string& purpose,
              const std::string& fuel) {
        Must(head_->Post("/api/v1/trip-logs",
                         {{"vehicleId", vehicle},
                          {"driverStaffId", driver_},
                          {"departedAt", out + ":00+08:00"},
                          {"returnedAt", in + ":00+08:00"},
                          {"odometerOutKm", km_out},
                          {"odometerInKm", km_in},
                          {"destinations", "舜华路"},
                          {"purpose", purpose},
                          {"fuelCl", 3550},
                          {"fuelAmount", fuel},
                          {"toll", "35"},
                          {"parking", "10"}}),
             201);
    }

    ApiEnv env_;
    std::unique_ptr<ApiClient> head_;
    std::int64_t driver_ = 0, van_ = 0, truck_ = 0;
};

// R-RPT-4: the PDF of a month lists every trip of the period with the totals.
TEST_F(TripReportApi, ThePdfListsTheTripsOfThePeriodWithTotals) {
    ApiClient finance = env_.LoginAs("finance");
    ApiResponse pdf = finance.Get("/api/v1/trip-logs/report.pdf?from=2026-11-01&to=2026-11-30");
    ASSERT_EQ(pdf.status, 200) << pdf.Describe();
    EXPECT_EQ(pdf.headers.find("Content-Type")->second, "application/pdf");
    ASSERT_EQ(pdf.raw.rfind("%PDF-", 0), 0u);
    documents::testing::PdfProbe probe(pdf.raw);
    const std::string text = documents::testing::WithoutSpaces(probe.Text());
    for (const std::string expected : {"客服出车记录",
                                       "2026-11-01至2026-11-30",
                                       "鲁A·12345",
                                       "鲁A·67890",
                                       "马成",
                                       "08:00",
                                       "20310",
                                       "20352",
                                       "送货安装",
                                       "=SUM(A1:A9)",
                                       "280.50",
                                       "35.50",
                                       "小计",
                                       "总计",
                                       "3趟",
                                       "120"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << " in " << text;
    }
    EXPECT_EQ(text.find("十二月"), std::string::npos);

    // One vehicle only.
    ApiResponse one = finance.Get(
        "/api/v1/trip-logs/report.pdf?from=2026-11-01&to=2026-11-30"
        "&vehicleId=" +
        std::to_string(truck_));
    ASSERT_EQ(one.status, 200) << one.Describe();
    const std::string truck =
        documents::testing::WithoutSpaces(documents::testing::PdfProbe(one.raw).Text());
    EXPECT_NE(truck.find("售后维修"), std::string::npos) << truck;
    EXPECT_EQ(truck.find("送货安装"), std::string::npos) << truck;
}

// R-RPT-4: the XLSX holds numbers and text, never formulas; a purpose starting with '=' is text.
TEST_F(TripReportApi, TheXlsxHoldsValuesAndAFormulaLikePurposeStaysText) {
    ApiResponse xlsx = head_->Get(
        "/api/v1/trip-logs/report.xlsx?from=2026-11-01&to=2026-11-30"
        "&vehicleId=" +
        std::to_string(van_));
    ASSERT_EQ(xlsx.status, 200) << xlsx.Describe();
    EXPECT_EQ(xlsx.headers.find("Content-Type")->second,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    auto cells = ReadXlsx(xlsx.raw);
    // Row 1 title, row 2 header, rows 3-4 the van's two November trips, 5 subtotal, 6 total.
    EXPECT_EQ(cells["formulas"].first, "0");
    EXPECT_EQ(cells["B3"].second, "'鲁A·12345'");
    EXPECT_EQ(cells["C3"].second, "'马成'");
    EXPECT_EQ(cells["F3"], std::make_pair(std::string("n"), std::string("20310")));
    EXPECT_EQ(cells["H3"], std::make_pair(std::string("n"), std::string("42")));
    EXPECT_EQ(cells["L3"], std::make_pair(std::string("n"), std::string("280.5")));
    EXPECT_EQ(cells["J4"], std::make_pair(std::string("s"), std::string("'=SUM(A1:A9)'")));
    EXPECT_EQ(cells["A5"].second, "'小计'");
    EXPECT_EQ(cells["H5"], std::make_pair(std::string("n"), std::string("90")));
    EXPECT_EQ(cells["K5"], std::make_pair(std::string("n"), std::string("71")));
    EXPECT_EQ(cells["A6"].second, "'总计'");
    EXPECT_EQ(cells["M6"], std::make_pair(std::string("n"), std::string("70")));
    EXPECT_EQ(cells.count("A7"), 0u);
}

// R-RPT-4: bad dates, a missing or reversed period and one longer than 366 days are refused.
TEST_F(TripReportApi, BadPeriodsAreRefusedWithTheField) {
    ApiResponse bad = head_->Get("/api/v1/trip-logs/report.pdf?from=2026-13-01&to=2026-11-30");
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(bad.HasViolation("from", "invalid_date")) << bad.Describe();
    ApiResponse missing = head_->Get("/api/v1/trip-logs/report.xlsx");
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(missing.HasViolation("from", "required")) << missing.Describe();
    EXPECT_TRUE(missing.HasViolation("to", "required")) << missing.Describe();
    ApiResponse reversed = head_->Get("/api/v1/trip-logs/report.pdf?from=2026-11-30&to=2026-11-01");
    EXPECT_TRUE(reversed.HasViolation("to", "before_from")) << reversed.Describe();
    ApiResponse year = head_->Get("/api/v1/trip-logs/report.xlsx?from=2026-01-01&to=2026-12-31");
    EXPECT_EQ(year.status, 200) << year.Describe();  // 365 days
    ApiResponse leap = head_->Get("/api/v1/trip-logs/report.xlsx?from=2027-03-01&to=2028-02-29");
    EXPECT_EQ(leap.status, 200) << leap.Describe();  // 366 days
    ApiResponse too_long = head_->Get("/api/v1/trip-logs/report.pdf?from=2026-01-01&to=2027-01-02");
    EXPECT_EQ(too_long.status, 400);
    EXPECT_TRUE(too_long.HasViolation("to", "out_of_range")) << too_long.Describe();
    EXPECT_EQ(head_->Get("/api/v1/trip-logs/report.pdf?from=2026-11-01&to=2026-11-30&vehicleId=999")
                  .status,
              404);
}

// R-RPT-4: without trip_log.read (a technician) the report is refused.
TEST_F(TripReportApi, OnlyTripReadersGetTheReport) {
    env_.test_app.CreateUser("tech", {Role::kTechnician});
    ApiClient tech = env_.LoginAs("tech");
    EXPECT_EQ(tech.Get("/api/v1/trip-logs/report.pdf?from=2026-11-01&to=2026-11-30").status, 403);
    EXPECT_EQ(tech.Get("/api/v1/trip-logs/report.xlsx?from=2026-11-01&to=2026-11-30").status, 403);
}

}  // namespace
}  // namespace kefu::api_tests
