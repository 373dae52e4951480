#include "field/return_service.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "field/field_actions.hpp"
#include "images/photo.hpp"
#include "platform/text.hpp"

namespace kefu::field {
namespace {

/// Returned jobs listed at once: far more than a factory's dock holds on any day.
constexpr int kAwaitingLimit = PageRequest::kMaxSize;

audit::Snapshot SnapshotOf(const ReturnCheck& c) {
    return {{"jobId", c.job_id},
            {"jobVersion", std::int64_t{c.job_version}},
            {"outcome", std::string(kReturnOutcomeNames.Name(c.outcome))},
            {"note", c.note},
            {"hasPhoto", c.has_photo}};
}

audit::Snapshot SnapshotOf(const Charge& c) {
    return {{"checkId", c.check_id},
            {"jobId", c.job_id},
            {"staffId", c.staff_id},
            {"amountFen", c.amount_fen},
            {"reason", c.reason}};
}

/// The photo re-encoded, its refusals named on the request's `photo` field.
Result<images::Photo> Reencode(const ReturnPhotoUpload& upload) {
    auto photo = images::ReencodePhoto(upload.bytes, upload.content_type);
    if (photo || photo.error().code() != ErrorCode::kInvalidArgument) return photo;
    std::vector<FieldViolation> on_photo;
    for (const FieldViolation& v : photo.error().violations())
        on_photo.push_back({"photo", v.reason, v.detail});
    return Fail(Error::InvalidArgument(photo.error().message(), std::move(on_photo)));
}

/// A unique-key clash as the violation {field, reason}: the client says which thing was done
/// already; any other result passes through.
Result<std::int64_t> DoneAlready(Result<std::int64_t> inserted,
                                 std::string field,
                                 std::string reason,
                                 std::string message) {
    if (inserted || inserted.error().code() != ErrorCode::kAlreadyExists) return inserted;
    return Fail(Error::AlreadyExists(std::move(message), {{std::move(field), std::move(reason)}}));
}

}  // namespace

Result<ReturnCheckView> ReturnService::RecordCheck(const auth::Principal& principal,
                                                   const NewReturnCheck& input,
                                                   const std::optional<ReturnPhotoUpload>& photo) {
    KEFU_TRY(auth::Require(principal, actions::kReturnCheck));
    NewReturnCheck checked = input;
    checked.has_photo = photo.has_value();
    KEFU_TRY(Validate(checked));
    ReturnCheck row;
    row.job_id = input.job_id;
    row.job_version = input.job_version;
    row.outcome = input.outcome;
    row.note = input.note;
    // Decoded outside the transaction: a photo costs a few hundred milliseconds of CPU.
    if (photo) {
        KEFU_ASSIGN_OR_RETURN(images::Photo encoded, Reencode(*photo));
        row.photo_jpeg = std::move(encoded.jpeg);
        row.has_photo = true;
    }
    if (principal.user_id.valid()) row.checked_by = principal.user_id;
    row.checked_by_name = principal.display_name;
    row.checked_at = clock_.Now();
    row.checked_date = ChinaDateOf(row.checked_at);
    return transactions_.Run<ReturnCheckView>(
        TxMode::kWrite, [&](Tx& tx) -> Result<ReturnCheckView> {
            KEFU_ASSIGN_OR_RETURN(jobs::Job job,
                                  jobs_.LoadVisible(tx, principal, jobs::JobId(input.job_id)));
            if (!CanCheckReturn(job.status)) {
                return Fail(Error::FailedPrecondition(
                    "only goods returned to the factory are checked", {{"jobId", "state"}}));
            }
            // The version tells one return from the next: the same goods may come back twice.
            if (job.version != input.job_version) {
                return Fail(Error::Aborted("the job changed since it was read; reload it"));
            }
            ReturnCheck stored = row;
            KEFU_ASSIGN_OR_RETURN(stored.id,
                                  DoneAlready(returns_.InsertCheck(tx, stored),
                                              "jobId",
                                              "already_checked",
                                              "this return is checked already"));
            KEFU_TRY(audit_.Record(tx,
                                   principal,
                                   {events::kReturnCheck,
                                    std::to_string(stored.id),
                                    std::nullopt,
                                    SnapshotOf(stored)}));
            stored.photo_jpeg.clear();
            return ReturnCheckView{std::move(stored), job.number, CrewOf(job), {}};
        });
}

Result<ReturnDesk> ReturnService::Desk(const auth::Principal& principal, Date from, Date to) {
    KEFU_TRY(auth::Require(principal, actions::kReturnCheck));
    KEFU_TRY(CheckPeriod(from, to));
    jobs::JobFilter filter;
    filter.statuses = {jobs::JobStatus::kReturnedToFactory};
    KEFU_ASSIGN_OR_RETURN(Page<jobs::Job> returned,
                          jobs_.List(principal, filter, {.page = 1, .page_size = kAwaitingLimit}));
    const bool reads_charges = principal.Can(actions::kChargeRead);
    return transactions_.Run<ReturnDesk>(TxMode::kRead, [&](Tx& tx) -> Result<ReturnDesk> {
        ReturnDesk desk{.from = from, .to = to, .awaiting = {}, .checks = {}};
        KEFU_ASSIGN_OR_RETURN(auto checked_pairs, returns_.ChecksOfReturnedJobs(tx));
        const std::set<std::pair<std::int64_t, int>> checked(checked_pairs.begin(),
                                                             checked_pairs.end());
        for (jobs::Job& job : returned.items) {
            if (!checked.contains({job.id.value(), job.version}))
                desk.awaiting.push_back(std::move(job));
        }
        KEFU_ASSIGN_OR_RETURN(auto checks, returns_.SelectChecks(tx, {.from = from, .to = to}));
        for (ReturnCheck& c : checks) {
            auto job = jobs_.LoadVisible(tx, principal, jobs::JobId(c.job_id));
            if (!job) {
                if (job.error().code() == ErrorCode::kNotFound) continue;
                return Fail(job.error());
            }
            ReturnCheckView view{std::move(c), job->number, CrewOf(*job), {}};
            if (reads_charges) {
                KEFU_ASSIGN_OR_RETURN(view.charges,
                                      returns_.SelectCharges(tx, {.check_id = view.check.id}));
            }
            desk.checks.push_back(std::move(view));
        }
        return desk;
    });
}

Result<std::string> ReturnService::Photo(const auth::Principal& principal, std::int64_t id) {
    KEFU_TRY(auth::Require(principal, actions::kReturnCheck));
    return transactions_.Run<std::string>(TxMode::kRead, [&](Tx& tx) -> Result<std::string> {
        KEFU_ASSIGN_OR_RETURN(auto photo, returns_.CheckPhoto(tx, id));
        if (!photo || photo->empty()) return Fail(Error::NotFound("no photo of this check"));
        return std::move(*photo);
    });
}

Result<Charge> ReturnService::ChargeLoss(const auth::Principal& principal, const NewCharge& input) {
    KEFU_TRY(auth::Require(principal, actions::kCharge));
    KEFU_TRY(Validate(input));
    return transactions_.Run<Charge>(TxMode::kWrite, [&](Tx& tx) -> Result<Charge> {
        KEFU_ASSIGN_OR_RETURN(auto found,
                              returns_.SelectChecks(tx, {.check_id = input.check_id, .limit = 1}));
        if (found.empty()) return Fail(Error::NotFound("no such return check"));
        const ReturnCheck& check = found.front();
        // An intact return lost nothing: there is nothing to charge.
        if (check.outcome != ReturnOutcome::kDamaged) {
            return Fail(Error::FailedPrecondition("only a damaged return is charged",
                                                  {{"outcome", "not_damaged"}}));
        }
        KEFU_ASSIGN_OR_RETURN(auto staff_name, returns_.StaffName(tx, input.staff_id));
        if (!staff_name) {
            return Fail(Error::InvalidArgument("no such staff member", {{"staffId", "not_found"}}));
        }
        Charge charge;
        charge.check_id = check.id;
        charge.job_id = check.job_id;
        charge.staff_id = input.staff_id;
        charge.staff_name = *staff_name;
        charge.amount_fen = input.amount_fen;
        charge.reason = input.reason;
        if (principal.user_id.valid()) charge.decided_by = principal.user_id;
        charge.decided_by_name = principal.display_name;
        charge.decided_at = clock_.Now();
        charge.decided_date = ChinaDateOf(charge.decided_at);
        KEFU_ASSIGN_OR_RETURN(charge.id,
                              DoneAlready(returns_.InsertCharge(tx, charge),
                                          "staffId",
                                          "already_charged",
                                          "this person is charged for this return already"));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kCharge, std::to_string(charge.id), std::nullopt, SnapshotOf(charge)}));
        KEFU_ASSIGN_OR_RETURN(auto charges, returns_.SelectCharges(tx, {.check_id = check.id}));
        const auto it = std::ranges::find(charges, charge.id, &Charge::id);
        if (it == charges.end()) return Fail(Error::Internal("the charge was not stored"));
        return *it;
    });
}

Result<Charge> ReturnService::WithdrawCharge(const auth::Principal& principal,
                                             std::int64_t id,
                                             const std::string& reason) {
    KEFU_TRY(auth::Require(principal, actions::kCharge));
    if (reason.empty()) {
        return Fail(Error::InvalidArgument("say why it is withdrawn", {{"reason", "required"}}));
    }
    if (Utf8Length(reason) > kChargeReasonMax) {
        return Fail(Error::InvalidArgument("the reason is too long", {{"reason", "too_long"}}));
    }
    return transactions_.Run<Charge>(TxMode::kWrite, [&](Tx& tx) -> Result<Charge> {
        KEFU_ASSIGN_OR_RETURN(auto found,
                              returns_.SelectCharges(tx, {.charge_id = id, .limit = 1}));
        if (found.empty()) return Fail(Error::NotFound("no such charge"));
        const Charge before = found.front();
        KEFU_ASSIGN_OR_RETURN(
            bool withdrawn,
            returns_.WithdrawCharge(tx, id, clock_.Now(), principal.display_name, reason));
        if (!withdrawn) {
            return Fail(Error::FailedPrecondition("this charge was withdrawn already",
                                                  {{"charge", "withdrawn"}}));
        }
        KEFU_ASSIGN_OR_RETURN(auto after,
                              returns_.SelectCharges(tx, {.charge_id = id, .limit = 1}));
        if (after.empty()) return Fail(Error::Internal("the charge is gone"));
        audit::Snapshot now = SnapshotOf(after.front());
        now.push_back({"withdrawalReason", reason});
        KEFU_TRY(
            audit_.Record(tx,
                          principal,
                          {events::kChargeWithdrawn, std::to_string(id), SnapshotOf(before), now}));
        return after.front();
    });
}

Result<ChargeReport> ReturnService::ListCharges(const auth::Principal& principal,
                                                Date from,
                                                Date to) {
    KEFU_TRY(auth::Require(principal, actions::kChargeRead));
    KEFU_TRY(CheckPeriod(from, to));
    return transactions_.Run<ChargeReport>(TxMode::kRead, [&](Tx& tx) -> Result<ChargeReport> {
        ChargeReport report{.from = from, .to = to, .items = {}, .totals = {}};
        KEFU_ASSIGN_OR_RETURN(report.items,
                              returns_.SelectCharges(tx, {.from = from, .to = to, .limit = 2000}));
        report.totals = TotalsByPerson(report.items);
        return report;
    });
}

}  // namespace kefu::field
