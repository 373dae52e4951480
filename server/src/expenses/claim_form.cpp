#include "expenses/claim_form.hpp"

#include <fmt/core.h>

#include "platform/money_text.hpp"

namespace kefu::expenses {
namespace {

using documents::Align;

std::string KindLabel(const LineFacts& f) {
    switch (f.kind) {
        case LineKind::kFare:
            switch (f.fare_class) {
                case FareClass::kBus:
                    return "车费（汽车）";
                case FareClass::kTrain:
                    return "车费（火车普通票）";
                case FareClass::kSleeper:
                    return "车费（卧铺）";
                case FareClass::kHighSpeed:
                    return "车费（动车/高铁）";
                case FareClass::kTaxi:
                    return "车费（出租车）";
            }
            return "车费";
        case LineKind::kMeal:
            return f.meal == Meal::kBreakfast ? "餐费（早餐）"
                   : f.meal == Meal::kLunch   ? "餐费（午餐）"
                                              : "餐费（晚餐）";
        case LineKind::kLodging:
            return "住宿费";
        case LineKind::kPhone:
            return "电话费";
    }
    return "";
}

std::string Detail(const LineFacts& f) {
    switch (f.kind) {
        case LineKind::kMeal: {
            std::string names;
            for (const std::string& n : f.diners) names += (names.empty() ? "" : "、") + n;
            return fmt::format("{} 人：{}", f.diner_count, names);
        }
        case LineKind::kLodging:
            return fmt::format("{} 晚 × {} 人", f.nights, f.persons);
        case LineKind::kFare:
            return f.leader_approval ? "领导已批准" : "";
        case LineKind::kPhone:
            return "";
    }
    return "";
}

std::string StatusLabel(ClaimStatus s) {
    switch (s) {
        case ClaimStatus::kSubmitted:
            return "已提交";
        case ClaimStatus::kHeadApproved:
            return "部门负责人已批准";
        case ClaimStatus::kPaid:
            return "已付款";
        case ClaimStatus::kRejected:
            return "已驳回";
    }
    return "";
}

}  // namespace

std::string RuleLabel(AllowanceRule rule) {
    using R = AllowanceRule;
    switch (rule) {
        case R::kFareAtCost:
            return "普通票实报实销";
        case R::kFareApproved:
            return "经领导同意，实报实销";
        case R::kFareNeedsApproval:
            return "卧铺/动车/出租车须领导同意";
        case R::kMealLocalLunch:
            return "济南市内中午不能返厂，午餐补助";
        case R::kMealLocalDinner:
            return "在外加班，晚餐补助";
        case R::kMealLocalNotAway:
            return "出车记录不符合市内餐补条件";
        case R::kMealLocalNoBreakfast:
            return "济南市内无早餐补助";
        case R::kMealLocalNoTripLog:
            return "市内餐补须有出车记录";
        case R::kMealOutOfTown:
            return "外地餐补";
        case R::kMealOutsideTrip:
            return "该餐不在出差时间内";
        case R::kMealDinersMissing:
            return "须注明就餐人姓名";
        case R::kMealDinersCountMismatch:
            return "就餐人数与姓名不符";
        case R::kReceiptMissing:
            return "须有单据";
        case R::kLodgingStandard:
            return "住宿标准内";
        case R::kLodgingCapped:
            return "超出住宿标准，按标准报销";
        case R::kLodgingSpecialApproved:
            return "特殊情况已申请批准";
        case R::kLodgingNeedsApplication:
            return "特殊情况须另行申请";
        case R::kPhoneInSalary:
            return "话费已含在基本工资内";
    }
    return "";
}

documents::Document ClaimForm(const Claim& c, const std::string& printed_at) {
    documents::FieldGrid head{.fields = {
                                  {"报销单号", fmt::format("BX-{:06}", c.id.value())},
                                  {"状态", StatusLabel(c.status)},
                                  {"报销人", c.claimant_name},
                                  {"目的地", c.division_name},
                                  {"出发时间", ChinaMinuteText(c.departure)},
                                  {"返回时间", ChinaMinuteText(c.return_at)},
                                  {"事由", c.purpose, 2},
                              }};
    if (c.status == ClaimStatus::kRejected) head.fields.push_back({"驳回原因", c.reject_reason, 2});
    documents::Table lines{.columns = {{"序号", 0.6, Align::kCenter},
                                       {"日期", 1.4},
                                       {"项目", 1.8},
                                       {"说明", 2.4},
                                       {"申报金额", 1.2, Align::kRight},
                                       {"核定金额", 1.2, Align::kRight},
                                       {"依据", 2.4}}};
    int n = 0;
    for (const ClaimLine& l : c.lines) {
        std::string rule = RuleLabel(l.allowance.rule);
        if (l.status == LineStatus::kRejected) rule += "（已驳回：" + l.reject_reason + "）";
        const bool counts = l.status == LineStatus::kActive && l.allowance.payable;
        lines.rows.push_back({fmt::format("{}", ++n),
                              l.facts.date.ToString(),
                              KindLabel(l.facts),
                              Detail(l.facts),
                              FormatYuan(l.facts.claimed),
                              counts ? FormatYuan(l.allowance.allowed) : "0.00",
                              rule});
    }
    lines.total_rows.push_back(
        {"合计", "", "", "", FormatYuan(c.TotalClaimed()), FormatYuan(c.TotalAllowed()), ""});
    return documents::Document{
        .title = fmt::format("差旅费报销单 BX-{:06}", c.id.value()),
        .author = c.claimant_name,
        .blocks = {documents::Heading{.text = "差旅费报销单"},
                   std::move(head),
                   documents::Heading{.text = "报销明细", .level = 2, .align = Align::kLeft},
                   std::move(lines),
                   documents::SignatureRow{
                       .signatures = {{.label = "报销人", .signed_at = "日期："},
                                      {.label = "部门负责人", .signed_at = "日期："},
                                      {.label = "财务", .signed_at = "日期："}}}},
        .footer = {.text = "客服部 · 打印于 " + printed_at,
                   .page_format = "第 {page} 页 共 {pages} 页"}};
}

documents::Workbook FinanceWorkbook(const std::vector<Claim>& claims) {
    documents::Sheet sheet{.name = "报销明细",
                           .title = "差旅费报销明细",
                           .columns = {{"报销单号", 12},
                                       {"报销人", 10},
                                       {"状态", 14},
                                       {"目的地", 14},
                                       {"日期", 12},
                                       {"项目", 18},
                                       {"说明", 24},
                                       {"申报金额", 12},
                                       {"核定金额", 12},
                                       {"依据", 28},
                                       {"备注", 24}}};
    for (const Claim& c : claims) {
        for (const ClaimLine& l : c.lines) {
            const bool counts = l.status == LineStatus::kActive && l.allowance.payable;
            std::string rule = RuleLabel(l.allowance.rule);
            if (l.status == LineStatus::kRejected) rule += "（已驳回：" + l.reject_reason + "）";
            sheet.rows.push_back({fmt::format("BX-{:06}", c.id.value()),
                                  c.claimant_name,
                                  StatusLabel(c.status),
                                  c.division_name,
                                  l.facts.date,
                                  KindLabel(l.facts),
                                  Detail(l.facts),
                                  l.facts.claimed,
                                  counts ? l.allowance.allowed : Money(),
                                  rule,
                                  l.note});
        }
    }
    return documents::Workbook{
        .sheets = {std::move(sheet)}, .title = "差旅费报销明细", .author = "客服部"};
}

}  // namespace kefu::expenses
