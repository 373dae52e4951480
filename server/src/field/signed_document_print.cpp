#include "field/signed_document_print.hpp"

#include <fmt/format.h>

#include <map>

#include "jobs/feedback_form.hpp"

namespace kefu::field {
namespace {

using documents::Align;

/// The largest height of the photo of a paper copy: an A5 sheet photographed upright stays
/// readable, and the rest of the document keeps its page.
constexpr double kPaperPhotoHeightMm = 120.0;

std::string SignatureLabel(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::kInstallationReceipt:
            return "客户签收";
        case DocumentKind::kDeliveryNote:
            return "经销商签收";
        case DocumentKind::kAcceptance:
            return "客户验收签字";
    }
    return "签字";
}

documents::Table Items(const jobs::Job& job, const SignedVersion& v) {
    std::map<std::int64_t, std::int64_t> counted;
    for (const ItemCount& c : v.input.counts) counted[c.item_id] += c.pieces;
    const bool counts = !v.input.counts.empty();
    documents::Table table{.columns = {{"序号", 0.7, Align::kCenter},
                                       {"型号", 2.0},
                                       {"品名", 3.0},
                                       {"数量", 1.0, Align::kRight},
                                       {"件数", 1.0, Align::kRight}}};
    if (counts) table.columns.push_back({"清点件数", 1.2, Align::kRight});
    int n = 0;
    std::int64_t total_counted = 0;
    for (const jobs::JobItem& item : job.items) {
        std::vector<std::string> row{fmt::format("{}", ++n),
                                     item.product_model,
                                     item.product_name,
                                     fmt::format("{}", item.quantity),
                                     fmt::format("{}", item.pieces)};
        if (counts) {
            const std::int64_t pieces = counted[item.product_id];
            total_counted += pieces;
            row.push_back(fmt::format("{}", pieces));
        }
        table.rows.push_back(std::move(row));
    }
    std::vector<std::string> total{"合计", "", "", "", fmt::format("{}", job.total_pieces)};
    if (counts) total.push_back(fmt::format("{}", total_counted));
    table.total_rows.push_back(std::move(total));
    return table;
}

}  // namespace

std::string DocumentTitle(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::kInstallationReceipt:
            return "安装回执单";
        case DocumentKind::kDeliveryNote:
            return "发货单";
        case DocumentKind::kAcceptance:
            return "验收单据";
    }
    return "";
}

documents::Document PrintSignedDocument(const jobs::Job& job,
                                        const SignedDocument& document,
                                        const SignedVersion& v,
                                        const SignedPrintFacts& facts) {
    const std::string title = DocumentTitle(document.kind);
    const bool drawn = v.input.method == SignatureMethod::kDrawn;
    documents::FieldGrid head{.fields = {{"任务编号", job.number},
                                         {"任务类型", jobs::KindLabel(job.kind)},
                                         {"客户/经销商", facts.party, 2},
                                         {"地址", facts.address, 2},
                                         {"联系人", job.contact_name},
                                         {"联系电话", job.contact_phone},
                                         {"版本", fmt::format("第 {} 版", v.version)},
                                         {"签字时间", ChinaMinuteText(v.input.signed_at)}}};
    if (job.assignment) head.fields.push_back({"安排日期", job.assignment->date.ToString()});
    if (!v.reason.empty()) head.fields.push_back({"更正原因", v.reason, 2});

    documents::Document doc{
        .title = fmt::format("{} {} 第{}版", title, job.number, v.version),
        .author = v.recorded_by_name,
        .created_at = FormatTimestamp(v.received_at).substr(0, 19) + "Z",
        .blocks = {documents::Heading{.text = title},
                   documents::QrCode{
                       .text = facts.link, .caption = "扫码查看任务", .size_mm = 24.0},
                   std::move(head),
                   documents::Heading{.text = "货物明细", .level = 2, .align = Align::kLeft},
                   Items(job, v)},
        .footer = {.text = fmt::format("客服部 · {} · 记录人 {}", title, v.recorded_by_name),
                   .page_format = "第 {page} 页 共 {pages} 页",
                   .hash_line = "SHA-256 " + v.content_hash}};
    if (!v.input.note.empty()) {
        doc.blocks.emplace_back(documents::Paragraph{.text = "备注：" + v.input.note});
    }
    documents::Signature signature{
        .label = SignatureLabel(document.kind),
        .png = drawn ? v.input.image : std::string(),
        .signer = drawn ? v.input.signer_name : v.input.signer_name + "（纸质签字，照片见下）",
        .signed_at = ChinaMinuteText(v.input.signed_at)};
    doc.blocks.emplace_back(documents::SignatureRow{
        .signatures = {std::move(signature),
                       {.label = "记录人", .signer = v.recorded_by_name, .signed_at = ""}}});
    if (!drawn) {
        // Signed by hand on paper: the photo of that paper is the signature (R-FLD-5).
        doc.blocks.emplace_back(
            documents::Photo{.jpeg = v.input.image,
                             .caption = fmt::format("纸质签字件照片 · 签字人 {} · {}",
                                                    v.input.signer_name,
                                                    ChinaMinuteText(v.input.signed_at)),
                             .max_height_mm = kPaperPhotoHeightMm});
    }
    if (document.kind == DocumentKind::kDeliveryNote) {
        doc.copies = {"第一联 经销商留存", "第二联 签字返回主管"};
    }
    return doc;
}

}  // namespace kefu::field
