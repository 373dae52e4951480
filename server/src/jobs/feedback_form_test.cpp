// R-JOB-2: the feedback form says what the salesperson raised, where, when and what, leaves room
// for the customer's opinion and signatures, and links to the job.
#include "jobs/feedback_form.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <variant>

namespace kefu::jobs {
namespace {

JobDetail SampleDetail() {
    JobDetail d;
    Job& j = d.job;
    j.id = JobId(42);
    j.number = "KF-2026-000042";
    j.kind = JobKind::kInstallation;
    j.contact_name = "王主任";
    j.contact_phone = "13905319999";
    j.requested_date = Date(2026, 12, 1);
    j.requested_window = {9 * 60, 12 * 60};
    j.priority = Priority::kUrgent;
    j.raised_by_name = "罗刚";
    j.crew_needed = 2;
    j.notes = "三楼东侧会议室";
    j.items = {{7, "BT-1608", "办公桌", 2, 6}, {8, "CH-01", "职员椅", 4, 4}};
    j.total_pieces = 10;
    return d;
}

// Every field of every FieldGrid, as "label=value".
std::vector<std::string> Fields(const documents::Document& doc) {
    std::vector<std::string> out;
    for (const auto& block : doc.blocks) {
        if (const auto* grid = std::get_if<documents::FieldGrid>(&block)) {
            for (const auto& f : grid->fields) out.push_back(f.label + "=" + f.value);
        }
    }
    return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(FeedbackForm, PrintsTheJobItsPlaceAndItsItems) {
    const FeedbackFormFacts facts{"济南软件园管理中心",
                                  "山东省济南市历城区舜华路 2000 号",
                                  "3 层，有电梯",
                                  "http://kefu.example/jobs/42",
                                  "2026-11-27 10:00"};
    const documents::Document doc = FeedbackForm(SampleDetail(), facts);
    const auto fields = Fields(doc);
    EXPECT_TRUE(Has(fields, "任务单号=KF-2026-000042"));
    EXPECT_TRUE(Has(fields, "客户名称=济南软件园管理中心"));
    EXPECT_TRUE(Has(fields, "安装地址=山东省济南市历城区舜华路 2000 号"));
    EXPECT_TRUE(Has(fields, "时间段=09:00–12:00"));
    EXPECT_TRUE(Has(fields, "优先级=加急"));
    EXPECT_TRUE(Has(fields, "现场条件=3 层，有电梯"));
    EXPECT_FALSE(Has(fields, "安排日期=")) << "not assigned yet: no schedule printed";

    const documents::Table* items = nullptr;
    const documents::QrCode* qr = nullptr;
    bool signatures = false;
    for (const auto& block : doc.blocks) {
        if (const auto* t = std::get_if<documents::Table>(&block)) items = t;
        if (const auto* q = std::get_if<documents::QrCode>(&block)) qr = q;
        if (const auto* s = std::get_if<documents::SignatureRow>(&block)) {
            signatures = s->signatures.size() == 2 && s->signatures[0].label == "客户签字";
        }
    }
    ASSERT_NE(items, nullptr);
    ASSERT_EQ(items->rows.size(), 2u);
    EXPECT_EQ(items->rows[1][1], "CH-01");
    EXPECT_EQ(items->total_rows.at(0).back(), "10") << "total pieces";
    ASSERT_NE(qr, nullptr);
    EXPECT_EQ(qr->text, "http://kefu.example/jobs/42");
    EXPECT_TRUE(signatures);
}

TEST(FeedbackForm, AJobWithoutItemsPrintsNoEmptyTable) {
    JobDetail d = SampleDetail();
    d.job.kind = JobKind::kAfterSales;
    d.job.items.clear();
    const documents::Document doc = FeedbackForm(d, {});
    for (const auto& block : doc.blocks) {
        EXPECT_FALSE(std::holds_alternative<documents::Table>(block));
    }
    EXPECT_TRUE(Has(Fields(doc), "任务类型=售后服务"));
}

}  // namespace
}  // namespace kefu::jobs
