// The demo step of expenses: a few claims of the demo technicians in every state, so the head's
// inbox, finance's payments and the export have something to show.
#include "documents/pdf_renderer.hpp"
#include "expenses/expenses_module.hpp"
#include "platform/money_text.hpp"

namespace kefu::expenses {
namespace {

LineInput Line(LineKind kind, Date date, std::int64_t fen) {
    LineInput in;
    in.facts.kind = kind;
    in.facts.date = date;
    in.facts.claimed = Money::Fen(fen);
    return in;
}

LineInput MealLine(Meal meal, Date date, std::vector<std::string> diners, std::int64_t fen) {
    LineInput in = Line(LineKind::kMeal, date, fen);
    in.facts.meal = meal;
    in.facts.diner_count = static_cast<int>(diners.size());
    in.facts.diners = std::move(diners);
    return in;
}

LineInput LodgingLine(Date date, int nights, int persons, std::int64_t fen) {
    LineInput in = Line(LineKind::kLodging, date, fen);
    in.facts.nights = nights;
    in.facts.persons = persons;
    return in;
}

LineInput FareLine(FareClass c, Date date, std::int64_t fen) {
    LineInput in = Line(LineKind::kFare, date, fen);
    in.facts.fare_class = c;
    return in;
}

// A two-day trip leaving at 07:30 China time on `first` and back at 18:30 the next day.
NewClaim Trip(Date first, std::int32_t division, std::string purpose) {
    NewClaim c;
    c.division_code = division;
    c.departure = ChinaInstant(first, 7 * 60 + 30);
    c.return_at = ChinaInstant(first.AddDays(1), 18 * 60 + 30);
    c.purpose = std::move(purpose);
    return c;
}

// A scanned receipt of a line: a small PDF with the amount and the date, as a shop's slip.
Result<std::string> ReceiptPdf(const ClaimLine& line) {
    documents::Document doc;
    doc.title = "收据";
    doc.blocks.emplace_back(documents::Heading{"收  据", 1});
    doc.blocks.emplace_back(documents::FieldGrid{
        {{"日期", line.facts.date.ToString()}, {"金额（元）", FormatYuan(line.facts.claimed)}}, 2});
    return documents::RenderPdf(doc);
}

// Attaches a receipt to every line of a claim; returns the claim as it then stands.
Result<Claim> WithReceipts(ClaimService& service, const auth::Principal& as, Claim claim) {
    for (const ClaimLine& line : std::vector<ClaimLine>(claim.lines)) {
        KEFU_ASSIGN_OR_RETURN(std::string pdf, ReceiptPdf(line));
        KEFU_ASSIGN_OR_RETURN(
            claim,
            service.AddReceipt(as, claim.id, line.id, "application/pdf", pdf, claim.version));
    }
    return claim;
}

}  // namespace

Result<void> ExpensesModule::LoadDemo(app::DemoContext& context) {
    std::vector<StaffId> claimants;
    KEFU_TRY(core_.transactions.Run(TxMode::kRead, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(std::int64_t existing, repository_.CountAll(tx));
        if (existing > 0) return {};  // loaded already
        KEFU_ASSIGN_OR_RETURN(claimants, repository_.DemoClaimants(tx));
        return {};
    }));
    // Claims name divisions, which `kefu migrate` loads; a bare test database has none.
    if (claimants.empty() || !divisions_.Get(*geo::DivisionCode::FromNumber(370323))) return {};
    const Date today = context.today;
    auto as = [&](std::size_t i) {
        auth::Principal p = context.system;
        p.staff_id = claimants[i % claimants.size()];
        return p;
    };
    // 沂源县 (county level), 青岛市市南区 (prefecture level).
    NewClaim county = Trip(today.AddDays(-12), 370323, "沂源县客户送货安装");
    county.lines = {FareLine(FareClass::kBus, today.AddDays(-12), 3600),
                    MealLine(Meal::kLunch, today.AddDays(-12), {"张伟", "李强"}, 2400),
                    MealLine(Meal::kDinner, today.AddDays(-12), {"张伟", "李强"}, 2000),
                    LodgingLine(today.AddDays(-12), 1, 2, 6000)};
    NewClaim city = Trip(today.AddDays(-8), 370202, "青岛市南区办公家具安装");
    city.lines = {FareLine(FareClass::kHighSpeed, today.AddDays(-8), 12200),
                  MealLine(Meal::kBreakfast, today.AddDays(-7), {"王磊"}, 600),
                  LodgingLine(today.AddDays(-8), 1, 1, 3500)};
    NewClaim paid = Trip(today.AddDays(-20), 370323, "沂源县售后维修");
    paid.lines = {FareLine(FareClass::kTrain, today.AddDays(-20), 2850),
                  MealLine(Meal::kLunch, today.AddDays(-19), {"赵敏"}, 1000)};
    NewClaim pending = Trip(today.AddDays(-3), 370202, "青岛客户返工");
    pending.lines = {FareLine(FareClass::kTaxi, today.AddDays(-3), 4500),
                     MealLine(Meal::kDinner, today.AddDays(-3), {"刘洋", "陈静"}, 3000)};

    KEFU_ASSIGN_OR_RETURN(Claim c1, service_.Submit(as(0), county));
    KEFU_TRY(WithReceipts(service_, as(0), c1));
    KEFU_ASSIGN_OR_RETURN(Claim c2, service_.Submit(as(1), city));
    KEFU_ASSIGN_OR_RETURN(c2, WithReceipts(service_, as(1), c2));
    // The high-speed train was approved by leadership in the inbox (R-EXP-1).
    KEFU_ASSIGN_OR_RETURN(c2,
                          service_.RequestApproval(
                              as(1), c2.id, c2.lines.front().id, "客户急需，当天往返", c2.version));
    KEFU_TRY(approvals_.Decide(
        context.As("leader"), approvals::ApprovalId(*c2.lines.front().approval_id), {true, "", 1}));
    KEFU_ASSIGN_OR_RETURN(c2, service_.Get(context.system, c2.id));
    KEFU_TRY(service_.Fire(context.As("head"), c2.id, ClaimEvent::kApprove, "", c2.version));
    KEFU_ASSIGN_OR_RETURN(Claim c3, service_.Submit(as(0), paid));
    KEFU_ASSIGN_OR_RETURN(c3, WithReceipts(service_, as(0), c3));
    KEFU_ASSIGN_OR_RETURN(
        Claim c3a, service_.Fire(context.As("head"), c3.id, ClaimEvent::kApprove, "", c3.version));
    KEFU_TRY(service_.Fire(context.As("finance"), c3.id, ClaimEvent::kPay, "", c3a.version));
    KEFU_ASSIGN_OR_RETURN(Claim c4, service_.Submit(as(2), pending));
    (void)c4;
    context.report.created["expense_claims"] += 4;
    return {};
}

}  // namespace kefu::expenses
