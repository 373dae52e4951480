#include "jobs/feedback_form.hpp"

#include <fmt/core.h>

namespace kefu::jobs {
namespace {

using documents::Align;

std::string Clock(int minute) { return fmt::format("{:02}:{:02}", minute / 60, minute % 60); }

std::string Window(const TimeWindow& w) { return Clock(w.start) + "–" + Clock(w.end); }

}  // namespace

std::string KindLabel(JobKind kind) {
    switch (kind) {
        case JobKind::kInstallation:
            return "送货安装";
        case JobKind::kDealerDelivery:
            return "经销商送货";
        case JobKind::kDealerInstallation:
            return "经销商送货（协助安装）";
        case JobKind::kAfterSales:
            return "售后服务";
        case JobKind::kRework:
            return "返工";
        case JobKind::kOther:
            return "其他";
    }
    return "";
}

documents::Document FeedbackForm(const JobDetail& detail, const FeedbackFormFacts& facts) {
    const Job& job = detail.job;
    documents::FieldGrid head{.fields = {
                                  {"任务单号", job.number},
                                  {"任务类型", KindLabel(job.kind)},
                                  {"客户名称", facts.party, 2},
                                  {"联系人", job.contact_name},
                                  {"联系电话", job.contact_phone},
                                  {"安装地址", facts.address, 2},
                                  {"要求日期", job.requested_date.ToString()},
                                  {"时间段", Window(job.requested_window)},
                                  {"来源单号", job.source_document},
                                  {"优先级", job.priority == Priority::kUrgent ? "加急" : "普通"},
                                  {"填表人", job.raised_by_name},
                                  {"所需人数", fmt::format("{} 人", job.crew_needed)},
                              }};
    if (!facts.access.empty()) head.fields.push_back({"现场条件", facts.access, 2});
    if (job.assignment) {
        head.fields.push_back({"安排日期", job.assignment->date.ToString()});
        head.fields.push_back({"安排时间", Window(job.assignment->window)});
    }

    documents::Table items{.columns = {{"序号", 0.7, Align::kCenter},
                                       {"型号", 2.0},
                                       {"品名", 3.0},
                                       {"数量", 1.0, Align::kRight},
                                       {"件数", 1.0, Align::kRight}}};
    int n = 0;
    for (const JobItem& item : job.items) {
        items.rows.push_back({fmt::format("{}", ++n),
                              item.product_model,
                              item.product_name,
                              fmt::format("{}", item.quantity),
                              fmt::format("{}", item.pieces)});
    }
    if (!job.items.empty()) {
        items.total_rows.push_back({"合计", "", "", "", fmt::format("{}", job.total_pieces)});
    }

    documents::Document doc{
        .title = "客户意见反馈表 " + job.number,
        .author = job.raised_by_name,
        .blocks = {documents::Heading{.text = "客户意见反馈表"},
                   documents::QrCode{
                       .text = facts.link, .caption = "扫码查看任务", .size_mm = 24.0},
                   std::move(head)},
        .footer = {.text = "客服部 · 打印于 " + facts.printed_at,
                   .page_format = "第 {page} 页 共 {pages} 页"}};
    if (!job.items.empty()) {
        doc.blocks.emplace_back(
            documents::Heading{.text = "货物明细", .level = 2, .align = Align::kLeft});
        doc.blocks.emplace_back(std::move(items));
    }
    if (!job.notes.empty()) {
        doc.blocks.emplace_back(documents::Paragraph{.text = "备注：" + job.notes});
    }
    doc.blocks.emplace_back(
        documents::Heading{.text = "客户意见", .level = 2, .align = Align::kLeft});
    doc.blocks.emplace_back(
        documents::FieldGrid{.fields = {{"服务评价", "□ 满意    □ 基本满意    □ 不满意", 2},
                                        {"意见与建议", "\n\n\n", 2}},
                             .pairs_per_row = 2});
    doc.blocks.emplace_back(
        documents::SignatureRow{.signatures = {{.label = "客户签字", .signed_at = "日期："},
                                               {.label = "安装负责人", .signed_at = "日期："}}});
    return doc;
}

}  // namespace kefu::jobs
