#include "expenses/claim_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "expenses/expense_actions.hpp"
#include "expenses/expense_policy.hpp"
#include "platform/money_text.hpp"

namespace kefu::expenses {
namespace {

using auth::Require;
namespace keys = policy_keys;

std::string IdText(ClaimId id) { return std::to_string(id.value()); }

Error NoSuchClaim() { return Error::NotFound("no such claim"); }

constexpr int kMaxNights = 60;
constexpr int kMaxPersons = 50;

bool CanSeeAll(const auth::Principal& principal) { return principal.Can(actions::kReadAll); }

bool IsOwn(const auth::Principal& principal, const Claim& claim) {
    return principal.staff_id && *principal.staff_id == claim.claimant;
}

// The days a claim's lines may fall on: the China dates from departure to return.
bool WithinTrip(const Claim& claim, Date day) {
    return ChinaDateOf(claim.departure) <= day && day <= ChinaDateOf(claim.return_at);
}

Result<void> RefuseUnlessEditable(const Claim& claim) {
    if (claim.status == ClaimStatus::kPaid) {
        return Fail(
            Error::FailedPrecondition("a paid claim cannot change", {{"status", "claim_paid"}}));
    }
    if (!LinesEditable(claim.status)) {
        return Fail(
            Error::FailedPrecondition(fmt::format("a claim in state {} cannot change its lines",
                                                  kClaimStatusNames.Name(claim.status)),
                                      {{"status", "not_editable"}}));
    }
    return {};
}

ClaimLine* FindLine(Claim& claim, std::int64_t line_id) {
    for (ClaimLine& l : claim.lines) {
        if (l.id == line_id) return &l;
    }
    return nullptr;
}

}  // namespace

audit::Snapshot SnapshotOf(const Claim& c) {
    std::vector<std::string> lines;
    lines.reserve(c.lines.size());
    for (const ClaimLine& l : c.lines) {
        lines.push_back(fmt::format("{} {} {} claimed {} allowed {} {} receipts {}{}",
                                    l.id,
                                    kLineKindNames.Name(l.facts.kind),
                                    l.facts.date.ToString(),
                                    l.facts.claimed.fen(),
                                    l.allowance.allowed.fen(),
                                    kAllowanceRuleNames.Name(l.allowance.rule),
                                    l.receipts.size(),
                                    l.status == LineStatus::kRejected ? " rejected" : ""));
    }
    return {{"claimantId", c.claimant.value()},
            {"status", std::string(kClaimStatusNames.Name(c.status))},
            {"divisionCode", static_cast<std::int64_t>(c.division_code)},
            {"departure", FormatTimestamp(c.departure)},
            {"returnAt", FormatTimestamp(c.return_at)},
            {"totalClaimedFen", c.TotalClaimed().fen()},
            {"totalAllowedFen", c.TotalAllowed().fen()},
            {"rejectReason", c.reject_reason},
            {"lines", lines},
            {"version", static_cast<std::int64_t>(c.version)}};
}

void ValidateLine(const LineFacts& line, const std::string& prefix, Violations& out) {
    if (line.claimed <= Money()) out.Add(prefix + "claimed", "out_of_range");
    if (line.kind == LineKind::kMeal) {
        if (line.diners.size() > kMaxPersons) out.Add(prefix + "diners", "too_many_items");
        for (std::size_t i = 0; i < line.diners.size(); ++i) {
            if (line.diners[i].empty()) {
                out.Add(prefix + "diners[" + std::to_string(i) + "]", "required");
            }
        }
        if (line.diner_count < 0 || line.diner_count > kMaxPersons) {
            out.Add(prefix + "dinerCount", "out_of_range");
        }
    }
    if (line.kind == LineKind::kLodging) {
        if (line.nights < 1 || line.nights > kMaxNights) out.Add(prefix + "nights", "out_of_range");
        if (line.persons < 1 || line.persons > kMaxPersons) {
            out.Add(prefix + "persons", "out_of_range");
        }
    }
}

Result<AllowancePolicy> ClaimService::PolicyOn(Tx& tx, Date day) {
    auto fen = [&](std::string_view key) -> Result<Money> {
        KEFU_ASSIGN_OR_RETURN(std::int64_t v, policy_.ValueOn(tx, key, day));
        return Money::Fen(v);
    };
    auto minute = [&](std::string_view key) -> Result<int> {
        KEFU_ASSIGN_OR_RETURN(std::int64_t v, policy_.ValueOn(tx, key, day));
        return static_cast<int>(v);
    };
    AllowancePolicy p;
    KEFU_ASSIGN_OR_RETURN(p.breakfast, fen(keys::kBreakfast));
    KEFU_ASSIGN_OR_RETURN(p.lunch, fen(keys::kLunch));
    KEFU_ASSIGN_OR_RETURN(p.dinner, fen(keys::kDinner));
    KEFU_ASSIGN_OR_RETURN(p.local_lunch, fen(keys::kLocalLunch));
    KEFU_ASSIGN_OR_RETURN(p.local_dinner, fen(keys::kLocalDinner));
    KEFU_ASSIGN_OR_RETURN(p.lodging_county, fen(keys::kLodgingCounty));
    KEFU_ASSIGN_OR_RETURN(p.lodging_prefecture, fen(keys::kLodgingPrefecture));
    KEFU_ASSIGN_OR_RETURN(p.breakfast_period.start, minute(keys::kBreakfastStart));
    KEFU_ASSIGN_OR_RETURN(p.breakfast_period.end, minute(keys::kBreakfastEnd));
    KEFU_ASSIGN_OR_RETURN(p.lunch_period.start, minute(keys::kLunchStart));
    KEFU_ASSIGN_OR_RETURN(p.lunch_period.end, minute(keys::kLunchEnd));
    KEFU_ASSIGN_OR_RETURN(p.dinner_period.start, minute(keys::kDinnerStart));
    KEFU_ASSIGN_OR_RETURN(p.dinner_period.end, minute(keys::kDinnerEnd));
    KEFU_ASSIGN_OR_RETURN(p.workday_end, minute(keys::kWorkdayEnd));
    return p;
}

Result<Allowance> ClaimService::Decide(Tx& tx,
                                       const Claim& claim,
                                       const LineFacts& line,
                                       PolicyDays& days) {
    const int count = line.kind == LineKind::kLodging ? line.nights : 1;
    std::vector<AllowancePolicy> policies;
    for (int d = 0; d < count; ++d) {
        const Date day = line.date.AddDays(d);
        auto known = days.find(day);
        if (known == days.end()) {
            KEFU_ASSIGN_OR_RETURN(AllowancePolicy p, PolicyOn(tx, day));
            known = days.emplace(day, p).first;
        }
        policies.push_back(known->second);
    }
    const TripTimes trip{claim.departure, claim.return_at, claim.times_from_trip_log};
    return ComputeAllowance(line, trip, Place{claim.local, claim.place_class}, policies);
}

Result<Claim> ClaimService::Submit(const auth::Principal& principal, const NewClaim& input) {
    KEFU_TRY(Require(principal, actions::kClaim));
    if (!principal.staff_id) {
        return Fail(Error::FailedPrecondition("your account is not linked to a staff record",
                                              {{"claimant", "no_staff_record"}}));
    }
    Violations v;
    if (!input.trip_log_id) {
        if (!input.departure) v.Add("departure", "required");
        if (!input.return_at) v.Add("returnAt", "required");
        if (input.departure && input.return_at && *input.return_at <= *input.departure) {
            v.Add("returnAt", "before_departure");
        }
    }
    if (input.lines.empty()) v.Add("lines", "required");
    for (std::size_t i = 0; i < input.lines.size(); ++i) {
        ValidateLine(input.lines[i].facts, "lines[" + std::to_string(i) + "].", v);
    }
    KEFU_TRY(v.ToResult("invalid claim"));
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        Claim claim;
        claim.claimant = *principal.staff_id;
        claim.job_id = input.job_id;
        claim.trip_log_id = input.trip_log_id;
        claim.purpose = input.purpose;
        std::optional<std::int64_t> division_job = input.job_id;
        if (input.trip_log_id) {
            KEFU_ASSIGN_OR_RETURN(auto trip, trips_.Find(tx, fleet::TripLogId(*input.trip_log_id)));
            if (!trip) {
                return Fail(
                    Error::InvalidArgument("no such trip log", {{"tripLogId", "not_found"}}));
            }
            KEFU_TRY(RefuseUnlessOnTrip(tx, principal, *trip));
            claim.departure = trip->departed_at;
            claim.return_at = trip->returned_at;
            claim.times_from_trip_log = true;
            if (!division_job && !trip->job_ids.empty()) division_job = trip->job_ids.front();
        } else {
            claim.departure = *input.departure;
            claim.return_at = *input.return_at;
        }
        Violations dates;
        for (std::size_t i = 0; i < input.lines.size(); ++i) {
            if (!WithinTrip(claim, input.lines[i].facts.date)) {
                dates.Add("lines[" + std::to_string(i) + "].date", "outside_trip");
            }
        }
        KEFU_TRY(dates.ToResult("a line lies outside the trip"));
        std::optional<std::int32_t> code = input.division_code;
        if (division_job) {
            KEFU_ASSIGN_OR_RETURN(auto job_division, claims_.JobDivision(tx, *division_job));
            if (!job_division) {
                return Fail(Error::InvalidArgument("no such job", {{"jobId", "not_found"}}));
            }
            if (!code) code = *job_division;
        }
        if (!code) {
            return Fail(
                Error::InvalidArgument("name the destination", {{"divisionCode", "required"}}));
        }
        const auto parsed = geo::DivisionCode::FromNumber(*code);
        if (!parsed) {
            return Fail(
                Error::InvalidArgument("no such division", {{"divisionCode", "not_found"}}));
        }
        auto place = divisions_.Locate(tx, *parsed);
        if (!place && place.error().code() == ErrorCode::kNotFound) {
            return Fail(
                Error::InvalidArgument("no such division", {{"divisionCode", "not_found"}}));
        }
        if (!place) return Fail(place.error());
        KEFU_ASSIGN_OR_RETURN(std::int64_t local_area,
                              policy_.ValueOn(tx, keys::kLocalArea, ChinaDateOf(claim.departure)));
        const auto area = geo::DivisionCode::FromNumber(local_area);
        claim.division_code = *code;
        claim.place_class = place->place_class;
        claim.local = area && geo::IsWithin(*parsed, *area);
        PolicyDays days;
        for (const LineInput& in : input.lines) {
            ClaimLine line;
            line.facts = in.facts;
            // Receipts are attached files and approvals come from leadership, never ticks.
            line.facts.receipt = false;
            line.facts.leader_approval = false;
            line.facts.special_approval = false;
            line.note = in.note;
            KEFU_ASSIGN_OR_RETURN(line.allowance, Decide(tx, claim, line.facts, days));
            claim.lines.push_back(std::move(line));
        }
        KEFU_ASSIGN_OR_RETURN(Claim stored, claims_.Insert(tx, claim, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kSubmit, IdText(stored.id), std::nullopt, SnapshotOf(stored)}));
        return stored;
    });
}

Result<void> ClaimService::RefuseUnlessOnTrip(Tx& tx,
                                              const auth::Principal& principal,
                                              const fleet::TripLog& trip) {
    // The head (and the admin) may file for someone whose trip they recorded; others only cite
    // a trip they were on, so nobody borrows another crew's times for his meals (R-SEC-2).
    if (principal.Can(actions::kApprove)) return {};
    if (!principal.staff_id)
        return Fail(Error::PermissionDenied("this account is not a staff member"));
    const StaffId me = *principal.staff_id;
    if (trip.driver_staff_id == me) return {};
    for (const std::int64_t job : trip.job_ids) {
        KEFU_ASSIGN_OR_RETURN(bool on_crew, claims_.OnJobCrew(tx, job, me));
        if (on_crew) return {};
    }
    return Fail(
        Error::InvalidArgument("you were not on this trip", {{"tripLogId", "not_on_trip"}}));
}

Result<Claim> ClaimService::LoadVisible(Tx& tx, const auth::Principal& principal, ClaimId id) {
    KEFU_ASSIGN_OR_RETURN(auto found, claims_.Find(tx, id));
    // Someone else's claim is "not found" to a claimant: it does not say that it exists.
    if (!found || (!CanSeeAll(principal) && !IsOwn(principal, *found))) {
        return Fail(NoSuchClaim());
    }
    return *found;
}

Result<Claim> ClaimService::LoadForChange(Tx& tx, ClaimId id, std::int64_t version) {
    KEFU_ASSIGN_OR_RETURN(auto found, claims_.Find(tx, id));
    if (!found) return Fail(NoSuchClaim());
    if (found->version != version) {
        return Fail(Error::Aborted("someone else changed this claim; reload and try again"));
    }
    return *found;
}

Result<Claim> ClaimService::LoadOwnEditable(Tx& tx,
                                            const auth::Principal& principal,
                                            ClaimId id,
                                            std::int64_t version) {
    KEFU_ASSIGN_OR_RETURN(auto found, claims_.Find(tx, id));
    if (!found || !IsOwn(principal, *found)) return Fail(NoSuchClaim());
    KEFU_TRY(RefuseUnlessEditable(*found));
    if (found->version != version) {
        return Fail(Error::Aborted("someone else changed this claim; reload and try again"));
    }
    return *found;
}

Result<Claim> ClaimService::Get(const auth::Principal& principal, ClaimId id) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Claim>(
        TxMode::kRead, [&](Tx& tx) -> Result<Claim> { return LoadVisible(tx, principal, id); });
}

Result<Page<Claim>> ClaimService::List(const auth::Principal& principal,
                                       std::optional<ClaimStatus> status,
                                       const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    ClaimFilter filter;
    filter.status = status;
    if (!CanSeeAll(principal)) {
        // No staff record: no own claims (an id that matches nothing).
        filter.claimant = principal.staff_id.value_or(StaffId(-1));
    }
    return transactions_.Run<Page<Claim>>(TxMode::kRead, [&](Tx& tx) -> Result<Page<Claim>> {
        return claims_.List(tx, filter, page);
    });
}

Result<std::vector<Claim>> ClaimService::ListAll(const auth::Principal& principal,
                                                 std::optional<ClaimStatus> status) {
    KEFU_TRY(Require(principal, actions::kReadAll));
    ClaimFilter filter;
    filter.status = status;
    return transactions_.Run<std::vector<Claim>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<Claim>> {
            std::vector<Claim> all;
            for (int page = 1;; ++page) {
                KEFU_ASSIGN_OR_RETURN(
                    auto p, claims_.List(tx, filter, PageRequest{page, PageRequest::kMaxSize}));
                const bool last = p.items.size() < static_cast<std::size_t>(PageRequest::kMaxSize);
                for (Claim& c : p.items) all.push_back(std::move(c));
                if (last) break;
            }
            return all;
        });
}

Result<Claim> ClaimService::Finish(Tx& tx,
                                   const auth::Principal& principal,
                                   const audit::AuditEvent& event,
                                   const Claim& before,
                                   const Claim& after) {
    KEFU_TRY(claims_.Update(tx, after, clock_.Now()));
    KEFU_ASSIGN_OR_RETURN(auto stored, claims_.Find(tx, after.id));
    if (!stored) return Fail(NoSuchClaim());
    KEFU_TRY(audit_.Record(
        tx, principal, {event, IdText(after.id), SnapshotOf(before), SnapshotOf(*stored)}));
    return *stored;
}

Result<Claim> ClaimService::AddLine(const auth::Principal& principal,
                                    ClaimId id,
                                    const LineInput& input,
                                    std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kClaim));
    Violations v;
    ValidateLine(input.facts, "", v);
    KEFU_TRY(v.ToResult("invalid line"));
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadOwnEditable(tx, principal, id, version));
        if (!WithinTrip(before, input.facts.date)) {
            return Fail(Error::InvalidArgument("the line lies outside the trip",
                                               {{"date", "outside_trip"}}));
        }
        ClaimLine line;
        line.facts = input.facts;
        // Receipts are attached files and approvals come from leadership, never ticks.
        line.facts.receipt = false;
        line.facts.leader_approval = false;
        line.facts.special_approval = false;
        line.note = input.note;
        PolicyDays days;
        KEFU_ASSIGN_OR_RETURN(line.allowance, Decide(tx, before, line.facts, days));
        KEFU_TRY(claims_.InsertLine(tx, id, line));
        return Finish(tx, principal, events::kAddLine, before, before);
    });
}

Result<Claim> ClaimService::RemoveLine(const auth::Principal& principal,
                                       ClaimId id,
                                       std::int64_t line_id,
                                       std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kClaim));
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadOwnEditable(tx, principal, id, version));
        if (FindLine(before, line_id) == nullptr) {
            return Fail(Error::NotFound("no such line"));
        }
        if (before.lines.size() == 1) {
            return Fail(Error::FailedPrecondition("a claim keeps at least one line",
                                                  {{"lines", "last_line"}}));
        }
        KEFU_TRY(claims_.DeleteLine(tx, id, line_id));
        return Finish(tx, principal, events::kRemoveLine, before, before);
    });
}

Result<Claim> ClaimService::AddReceipt(const auth::Principal& principal,
                                       ClaimId id,
                                       std::int64_t line_id,
                                       std::string_view content_type,
                                       std::string_view bytes,
                                       std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kClaim));
    KEFU_ASSIGN_OR_RETURN(ReceiptType type, CheckReceipt(content_type, bytes));
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadOwnEditable(tx, principal, id, version));
        Claim after = before;
        ClaimLine* line = FindLine(after, line_id);
        if (line == nullptr) return Fail(Error::NotFound("no such line"));
        if (line->receipts.size() >= kMaxReceiptsPerLine) {
            return Fail(Error::InvalidArgument(
                fmt::format("a line takes at most {} receipts", kMaxReceiptsPerLine),
                {{"file", "too_many"}}));
        }
        // The demo loader acts as the system, which is no user.
        const auto by = principal.system ? std::nullopt : std::optional<UserId>(principal.user_id);
        KEFU_TRY(claims_.InsertReceipt(tx, id, line_id, type, bytes, by, clock_.Now()));
        line->facts.receipt = true;
        KEFU_TRY(Redecide(tx, after, *line));
        return Finish(tx, principal, events::kAddReceipt, before, after);
    });
}

Result<Claim> ClaimService::RemoveReceipt(const auth::Principal& principal,
                                          ClaimId id,
                                          std::int64_t receipt_id,
                                          std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kClaim));
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadOwnEditable(tx, principal, id, version));
        Claim after = before;
        ClaimLine* line = nullptr;
        for (ClaimLine& l : after.lines) {
            for (const ReceiptInfo& r : l.receipts) {
                if (r.id == receipt_id) line = &l;
            }
        }
        if (line == nullptr) return Fail(Error::NotFound("no such receipt"));
        KEFU_TRY(claims_.DeleteReceipt(tx, id, receipt_id));
        line->facts.receipt = line->receipts.size() > 1;
        KEFU_TRY(Redecide(tx, after, *line));
        return Finish(tx, principal, events::kRemoveReceipt, before, after);
    });
}

Result<ReceiptFile> ClaimService::Receipt(const auth::Principal& principal,
                                          ClaimId id,
                                          std::int64_t receipt_id) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<ReceiptFile>(TxMode::kRead, [&](Tx& tx) -> Result<ReceiptFile> {
        KEFU_TRY(LoadVisible(tx, principal, id));
        KEFU_ASSIGN_OR_RETURN(auto file, claims_.FindReceipt(tx, id, receipt_id));
        if (!file) return Fail(Error::NotFound("no such receipt"));
        return std::move(*file);
    });
}

Result<void> ClaimService::Redecide(Tx& tx, const Claim& claim, ClaimLine& line) {
    PolicyDays days;
    KEFU_ASSIGN_OR_RETURN(line.allowance, Decide(tx, claim, line.facts, days));
    return claims_.UpdateLine(tx, claim.id, line);
}

Result<Claim> ClaimService::RequestApproval(const auth::Principal& principal,
                                            ClaimId id,
                                            std::int64_t line_id,
                                            const std::string& reason,
                                            std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kClaim));
    if (reason.empty()) {
        return Fail(Error::InvalidArgument("say why the line needs it", {{"reason", "required"}}));
    }
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadOwnEditable(tx, principal, id, version));
        Claim after = before;
        ClaimLine* line = FindLine(after, line_id);
        if (line == nullptr) return Fail(Error::NotFound("no such line"));
        if (line->approval_status == approvals::ApprovalStatus::kPending) {
            return Fail(Error::FailedPrecondition("leadership has not decided the request yet",
                                                  {{"line", "approval_pending"}}));
        }
        if (!line->MayRequestApproval()) {
            return Fail(Error::FailedPrecondition("this line needs no approval",
                                                  {{"line", "approval_not_needed"}}));
        }
        const LineFacts& f = line->facts;
        approvals::NewApproval request;
        request.kind = std::string(kLineApprovalKind);
        request.subject_id = line_id;
        request.target = std::string(kLineKindNames.Name(f.kind));
        request.summary = fmt::format("{}: {} {} {} yuan ({})",
                                      before.claimant_name,
                                      f.date.ToString(),
                                      f.kind == LineKind::kFare ? kFareClassNames.Name(f.fare_class)
                                                                : kLineKindNames.Name(f.kind),
                                      FormatYuan(f.claimed),
                                      before.purpose);
        request.reason = reason;
        KEFU_ASSIGN_OR_RETURN(approvals::ApprovalRequest filed,
                              approvals_.Submit(tx, principal, request));
        line->approval_id = filed.id.value();
        line->approval_status = approvals::ApprovalStatus::kPending;
        KEFU_TRY(claims_.UpdateLine(tx, id, *line));
        return Finish(tx, principal, events::kRequestApproval, before, after);
    });
}

Result<void> ClaimService::ApplyApproval(Tx& tx,
                                         const auth::Principal& decider,
                                         const approvals::ApprovalRequest& request,
                                         bool approved) {
    KEFU_ASSIGN_OR_RETURN(auto claim_id, claims_.ClaimOfLine(tx, request.subject_id));
    if (!claim_id) return Fail(Error::NotFound("the line of this request is gone"));
    KEFU_ASSIGN_OR_RETURN(auto found, claims_.Find(tx, *claim_id));
    if (!found) return Fail(NoSuchClaim());
    Claim after = *found;
    ClaimLine* line = FindLine(after, request.subject_id);
    if (line == nullptr || line->approval_id != request.id.value()) {
        return Fail(Error::FailedPrecondition("the line no longer names this request",
                                              {{"line", "changed"}}));
    }
    // Approving changes what is paid: only while the claim's lines may still change.
    if (approved) {
        KEFU_TRY(RefuseUnlessEditable(*found));
        if (line->facts.kind == LineKind::kFare) {
            line->facts.leader_approval = true;
        } else {
            line->facts.special_approval = true;
        }
        KEFU_TRY(Redecide(tx, after, *line));
    }
    KEFU_ASSIGN_OR_RETURN(Claim stored,
                          Finish(tx, decider, events::kApprovalDecided, *found, after));
    (void)stored;
    return {};
}

Result<Claim> ClaimService::RejectLine(const auth::Principal& principal,
                                       ClaimId id,
                                       std::int64_t line_id,
                                       const std::string& reason,
                                       std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kRead));
    if (!principal.Can(actions::kApprove) && !principal.Can(actions::kPay)) {
        KEFU_TRY(Require(principal, actions::kApprove));
    }
    if (reason.empty()) {
        return Fail(Error::InvalidArgument("give the reason", {{"reason", "required"}}));
    }
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(Claim before, LoadForChange(tx, id, version));
        // The step that holds the claim decides on its lines.
        const auth::Action needed = before.status == ClaimStatus::kSubmitted ? actions::kApprove
                                    : before.status == ClaimStatus::kHeadApproved ? actions::kPay
                                                                                  : actions::kClaim;
        if (needed == actions::kClaim) {
            KEFU_TRY(RefuseUnlessEditable(before));
            return Fail(
                Error::FailedPrecondition("this claim is closed", {{"status", "not_editable"}}));
        }
        KEFU_TRY(Require(principal, needed));
        Claim after = before;
        ClaimLine* line = FindLine(after, line_id);
        if (line == nullptr) return Fail(Error::NotFound("no such line"));
        if (line->status == LineStatus::kRejected) {
            return Fail(Error::FailedPrecondition("the line is already rejected",
                                                  {{"line", "already_rejected"}}));
        }
        line->status = LineStatus::kRejected;
        line->reject_reason = reason;
        KEFU_TRY(claims_.UpdateLine(tx, id, *line));
        return Finish(tx, principal, events::kRejectLine, before, after);
    });
}

Result<Claim> ClaimService::Fire(const auth::Principal& principal,
                                 ClaimId id,
                                 ClaimEvent event,
                                 const std::string& reason,
                                 std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kRead));
    // Refused before the claim is looked up, so a refusal does not tell whether it exists: the
    // caller must hold the action of at least one row of the event.
    bool may = false;
    for (const auto& row : Workflow().rows()) {
        if (row.event == event && principal.Can(auth::Action(row.action))) may = true;
    }
    if (!may) {
        return Fail(Error::PermissionDenied(
            fmt::format("your roles do not allow event {}", kClaimEventNames.Name(event))));
    }
    return transactions_.Run<Claim>(TxMode::kWrite, [&](Tx& tx) -> Result<Claim> {
        KEFU_ASSIGN_OR_RETURN(auto found, claims_.Find(tx, id));
        if (!found) return Fail(NoSuchClaim());
        if (found->status == ClaimStatus::kPaid) KEFU_TRY(RefuseUnlessEditable(*found));
        ClaimContext ctx;
        ctx.has_unpayable_line = found->HasUnpayableLine();
        ctx.has_reason = !reason.empty();
        KEFU_ASSIGN_OR_RETURN(
            ClaimStatus to,
            Workflow().Fire(
                found->status,
                event,
                [&](std::string_view action) { return principal.Can(auth::Action(action)); },
                ctx));
        if (found->version != version) {
            return Fail(Error::Aborted("someone else changed this claim; reload and try again"));
        }
        Claim after = *found;
        after.status = to;
        if (event == ClaimEvent::kReject) after.reject_reason = reason;
        return Finish(tx, principal, events::kTransition, *found, after);
    });
}

}  // namespace kefu::expenses
