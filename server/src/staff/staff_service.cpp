#include "staff/staff_service.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "staff/staff_lifecycle.hpp"
#include "staff/staff_rules.hpp"

namespace kefu::staff {
namespace {

using auth::Require;

std::string IdText(StaffId id) { return std::to_string(id.value()); }

// The `can` of the state machines: the principal's own actions.
auto CanOf(const auth::Principal& principal) {
    return [&principal](std::string_view action) { return principal.Can(auth::Action(action)); };
}

// The least experience a grade needs when it is recorded directly (new record).
int MinMonthsFor(Grade grade, const GradeRules& rules) {
    switch (grade) {
        case Grade::kTechnician:
            return std::max(rules.technician_min_months, rules.internship_months);
        case Grade::kSupervisor:
            return rules.supervisor_min_months;
        case Grade::kNone:
        case Grade::kIntern:
        case Grade::kHead:
            return 0;
    }
    return 0;
}

}  // namespace

audit::Snapshot SnapshotOf(const StaffMember& m) {
    return {{"name", m.name},
            {"phone", m.phone},
            {"hireDate", m.hire_date.ToString()},
            {"experienceStart", m.experience_start.ToString()},
            {"grade", std::string(GradeName(m.grade))},
            {"roles", m.roles.Names()},
            {"skills", m.skills},
            {"status", std::string(StatusName(m.status))},
            {"leftOn", m.left_on ? audit::FieldValue(m.left_on->ToString()) : audit::FieldValue()},
            {"version", static_cast<std::int64_t>(m.version)}};
}

int StaffService::MonthsOfExperience(const StaffMember& member) const {
    return std::max(0, Date::WholeMonthsBetween(member.experience_start, clock_.Today()));
}

Result<GradeRules> StaffService::RulesOn(Tx& tx, Date day) {
    GradeRules rules;
    KEFU_ASSIGN_OR_RETURN(auto technician,
                          policy_.ValueOn(tx, policy_keys::kTechnicianMinMonths, day));
    KEFU_ASSIGN_OR_RETURN(auto supervisor,
                          policy_.ValueOn(tx, policy_keys::kSupervisorMinMonths, day));
    KEFU_ASSIGN_OR_RETURN(auto internship,
                          policy_.ValueOn(tx, policy_keys::kInternshipMonths, day));
    rules.technician_min_months = static_cast<int>(technician);
    rules.supervisor_min_months = static_cast<int>(supervisor);
    rules.internship_months = static_cast<int>(internship);
    return rules;
}

Result<StaffMember> StaffService::Create(const auth::Principal& principal,
                                         const StaffFields& fields,
                                         std::string_view grade_name) {
    KEFU_TRY(Require(principal, actions::kWrite));
    const Date today = clock_.Today();
    KEFU_TRY(ValidateFields(fields, grade_name));
    StaffMember member;
    KEFU_TRY(ApplyFields(fields, today, member));
    // ValidateFields refused an unknown grade above.
    member.grade = ParseGrade(grade_name).value_or(Grade::kNone);
    return transactions_.Run<StaffMember>(TxMode::kWrite, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, today));
        const int months = std::max(0, Date::WholeMonthsBetween(member.experience_start, today));
        if (months < MinMonthsFor(member.grade, rules)) {
            return Fail(Error::FailedPrecondition(
                fmt::format("{} needs {} months of installation experience; the record shows {}",
                            GradeName(member.grade),
                            MinMonthsFor(member.grade, rules),
                            months),
                {{"grade", "not_eligible"}}));
        }
        KEFU_TRY(RefuseTakenPhone(tx, member.phone, std::nullopt));
        auto stored = staff_.Insert(tx, member, clock_.Now());
        if (!stored && stored.error().code() == ErrorCode::kAlreadyExists) {
            return Fail(DuplicatePhone(""));  // lost a race with a concurrent insert
        }
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kCreate, IdText(stored->id), std::nullopt, SnapshotOf(*stored)}));
        return stored;
    });
}

Result<void> StaffService::ValidateFields(const StaffFields& fields,
                                          std::optional<std::string_view> grade) const {
    StaffMember scratch;
    auto applied = ApplyFields(fields, clock_.Today(), scratch);
    std::vector<FieldViolation> all =
        applied ? std::vector<FieldViolation>{} : applied.error().violations();
    if (grade && !ParseGrade(*grade)) {
        all.push_back({"grade", grade->empty() ? "required" : "invalid_value"});
    }
    if (all.empty()) return {};
    return Fail(Error::InvalidArgument("invalid input", std::move(all)));
}

Result<void> StaffService::RefuseTakenPhone(Tx& tx,
                                            const std::string& phone,
                                            std::optional<StaffId> self) {
    // Looked up before writing: after a failed INSERT PostgreSQL refuses every further statement
    // of the transaction, so the holder could not be named afterwards.
    StaffFilter filter;
    filter.query = phone;
    KEFU_ASSIGN_OR_RETURN(auto page, staff_.List(tx, filter, PageRequest{1, 50}));
    for (const StaffMember& m : page.items) {
        if (m.phone == phone && m.id != self) return Fail(DuplicatePhone(m.name));
    }
    return {};
}

Error StaffService::DuplicatePhone(const std::string& holder) {
    // Naming the holder is fine: the head may see every staff record (staff.write implies read).
    return Error::AlreadyExists(holder.empty()
                                    ? "another staff member has this phone number"
                                    : fmt::format("{} already has this phone number", holder),
                                {{"phone", "duplicate", holder}});
}

Result<StaffMember> StaffService::Get(const auth::Principal& principal, StaffId id) {
    if (!CanSeeStaff(principal, id)) {
        KEFU_TRY(Require(principal, actions::kRead));
    }
    return transactions_.Run<StaffMember>(TxMode::kRead, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such staff member"));
        return *found;
    });
}

Result<StaffMember> StaffService::LoadForChange(Tx& tx, StaffId id, std::int64_t version) {
    KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, id));
    if (!found) return Fail(Error::NotFound("no such staff member"));
    if (found->version != version) {
        return Fail(Error::Aborted("someone else changed this record; reload and try again"));
    }
    if (found->status == StaffStatus::kLeft) {
        return Fail(
            Error::FailedPrecondition("this staff member has left", {{"status", "staff_left"}}));
    }
    return *found;
}

Result<StaffMember> StaffService::Update(const auth::Principal& principal,
                                         StaffId id,
                                         const StaffFields& fields,
                                         std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kWrite));
    StaffMember draft;
    KEFU_TRY(ApplyFields(fields, clock_.Today(), draft));
    return transactions_.Run<StaffMember>(TxMode::kWrite, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(StaffMember before, LoadForChange(tx, id, version));
        if (draft.experience_start != before.experience_start) {
            // Moving the experience start must not leave a grade the record no longer supports.
            KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, clock_.Today()));
            const int months =
                std::max(0, Date::WholeMonthsBetween(draft.experience_start, clock_.Today()));
            if (months < MinMonthsFor(before.grade, rules)) {
                return Fail(Error::FailedPrecondition(
                    fmt::format("a {} needs {} months of installation experience; the new start "
                                "date gives {}",
                                GradeName(before.grade),
                                MinMonthsFor(before.grade, rules),
                                months),
                    {{"experienceStart", "not_eligible"}}));
            }
        }
        StaffMember after = before;
        after.name = draft.name;
        after.phone = draft.phone;
        after.hire_date = draft.hire_date;
        after.experience_start = draft.experience_start;
        after.roles = draft.roles;
        if (fields.skills) after.skills = draft.skills;  // absent: the member keeps theirs
        KEFU_TRY(RefuseTakenPhone(tx, after.phone, after.id));
        auto stored = staff_.Update(tx, after, clock_.Now());
        if (!stored && stored.error().code() == ErrorCode::kAlreadyExists) {
            return Fail(DuplicatePhone(""));  // lost a race with a concurrent update
        }
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kUpdate, IdText(id), SnapshotOf(before), SnapshotOf(*stored)}));
        return stored;
    });
}

Result<StaffMember> StaffService::MarkLeft(const auth::Principal& principal,
                                           StaffId id,
                                           std::optional<std::int64_t> version,
                                           std::optional<Date> left_on) {
    KEFU_TRY(Require(principal, actions::kWrite));
    const Date today = clock_.Today();
    const Date leaving = left_on.value_or(today);
    if (leaving > today) {
        return Fail(Error::InvalidArgument("the leaving date is in the future",
                                           {{"leftOn", "date_in_future"}}));
    }
    return transactions_.Run<StaffMember>(TxMode::kWrite, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, id));
        if (!found) return Fail(Error::NotFound("no such staff member"));
        if (version && found->version != *version) {
            return Fail(Error::Aborted("someone else changed this record; reload and try again"));
        }
        StaffMember after = *found;
        KEFU_ASSIGN_OR_RETURN(
            after.status,
            StaffStatusLifecycle().Fire(
                found->status, StatusEvent::kLeave, CanOf(principal), {found->hire_date, leaving}));
        after.left_on = leaving;
        KEFU_ASSIGN_OR_RETURN(StaffMember stored, staff_.Update(tx, after, clock_.Now()));
        for (StaffLeavingListener* listener : leaving_) {
            KEFU_TRY(listener->OnStaffLeft(tx, principal, id));
        }
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kLeave, IdText(id), SnapshotOf(*found), SnapshotOf(stored)}));
        return stored;
    });
}

Result<Page<StaffMember>> StaffService::List(const auth::Principal& principal,
                                             const StaffFilter& filter,
                                             const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    return transactions_.Run<Page<StaffMember>>(
        TxMode::kRead, [&](Tx& tx) { return staff_.List(tx, filter, page); });
}

Result<EligibilityView> StaffService::GetEligibility(const auth::Principal& principal, StaffId id) {
    if (!CanSeeStaff(principal, id)) KEFU_TRY(Require(principal, actions::kRead));
    const Date today = clock_.Today();
    return transactions_.Run<EligibilityView>(
        TxMode::kRead, [&](Tx& tx) -> Result<EligibilityView> {
            KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, id));
            if (!found) return Fail(Error::NotFound("no such staff member"));
            KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, today));
            EligibilityView view{
                found->id,
                found->name,
                ComputeEligibility(found->grade, found->experience_start, today, rules)};
            if (found->status == StaffStatus::kLeft) view.eligibility.eligible = false;
            return view;
        });
}

Result<Page<EligibilityView>> StaffService::ListEligible(const auth::Principal& principal,
                                                         const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kRead));
    const Date today = clock_.Today();
    KEFU_ASSIGN_OR_RETURN(
        std::vector<EligibilityView> all,
        transactions_.Run<std::vector<EligibilityView>>(
            TxMode::kRead, [&](Tx& tx) -> Result<std::vector<EligibilityView>> {
                KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, today));
                KEFU_ASSIGN_OR_RETURN(auto active, staff_.ListActive(tx));
                std::vector<EligibilityView> out;
                for (const StaffMember& m : active) {
                    Eligibility e = ComputeEligibility(m.grade, m.experience_start, today, rules);
                    if (e.eligible) out.push_back({m.id, m.name, e});
                }
                // Whoever has waited longest comes first.
                std::stable_sort(
                    out.begin(), out.end(), [](const EligibilityView& a, const EligibilityView& b) {
                        return a.eligibility.eligible_on < b.eligibility.eligible_on;
                    });
                return out;
            }));
    return PageOf(std::move(all), page);
}

Result<StaffMember> StaffService::ChangeGrade(Tx& tx,
                                              const auth::Principal& principal,
                                              const StaffMember& before,
                                              Grade to,
                                              GradeChangeKind kind,
                                              std::optional<std::string> reason) {
    StaffMember after = before;
    after.grade = to;
    KEFU_ASSIGN_OR_RETURN(StaffMember stored, staff_.Update(tx, after, clock_.Now()));
    GradeChange change;
    change.staff_id = before.id;
    change.from = before.grade;
    change.to = to;
    change.kind = kind;
    change.reason = reason;
    change.changed_at = clock_.Now();
    if (principal.user_id.valid()) change.changed_by = principal.user_id;
    change.changed_by_name = principal.display_name;
    KEFU_TRY(staff_.InsertGradeChange(tx, change));
    audit::Snapshot after_snapshot = SnapshotOf(stored);
    after_snapshot.push_back({"changeKind", std::string(GradeChangeKindName(kind))});
    if (reason) after_snapshot.push_back({"reason", *reason});
    const audit::AuditEvent event =
        kind == GradeChangeKind::kInternshipEndedEarly ? events::kEndInternship : events::kPromote;
    KEFU_TRY(audit_.Record(
        tx, principal, {event, IdText(before.id), SnapshotOf(before), after_snapshot}));
    return stored;
}

Result<StaffMember> StaffService::Promote(const auth::Principal& principal,
                                          StaffId id,
                                          const PromotionInput& input) {
    KEFU_TRY(Require(principal, actions::kPromote));
    auto to = ParseGrade(input.to_grade);
    if (!to) {
        return Fail(Error::InvalidArgument("unknown grade", {{"toGrade", "invalid_value"}}));
    }
    if (input.override_rule) {
        KEFU_TRY(Require(principal, actions::kPromoteOverride));
        if (input.reason.empty()) {
            return Fail(Error::InvalidArgument("an override needs a reason",
                                               {{"reason", "reason_required"}}));
        }
    }
    const Date today = clock_.Today();
    return transactions_.Run<StaffMember>(TxMode::kWrite, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(StaffMember before, LoadForChange(tx, id, input.version));
        if (NextGrade(before.grade) != to) {
            return Fail(Error::InvalidArgument(
                fmt::format(
                    "{} is not the next grade after {}", GradeName(*to), GradeName(before.grade)),
                {{"toGrade", "not_next_grade"}}));
        }
        KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, today));
        GradeContext ctx;
        ctx.name = before.name;
        ctx.eligibility = ComputeEligibility(before.grade, before.experience_start, today, rules);
        ctx.override_rule = input.override_rule;
        ctx.has_reason = !input.reason.empty();
        KEFU_ASSIGN_OR_RETURN(
            Grade promoted,
            StaffGradeLadder().Fire(before.grade, GradeEvent::kPromote, CanOf(principal), ctx));
        const bool overridden = !ctx.eligibility.eligible;
        std::optional<std::string> reason;
        if (!input.reason.empty()) reason = input.reason;
        return ChangeGrade(tx,
                           principal,
                           before,
                           promoted,
                           overridden ? GradeChangeKind::kOverride : GradeChangeKind::kPromotion,
                           reason);
    });
}

Result<approvals::ApprovalRequest> StaffService::RequestPromotionOverride(
    const auth::Principal& principal, StaffId id, const PromotionInput& input) {
    KEFU_TRY(Require(principal, actions::kPromote));
    if (!approvals_) return Fail(Error::Internal("the approval inbox is not wired"));
    Violations v;
    const auto to = ParseGrade(input.to_grade);
    if (!to) v.Add("toGrade", input.to_grade.empty() ? "required" : "invalid_value");
    if (input.reason.empty()) v.Add("reason", "required");
    KEFU_TRY(v.ToResult());
    const Date today = clock_.Today();
    return transactions_.Run<approvals::ApprovalRequest>(
        TxMode::kWrite, [&](Tx& tx) -> Result<approvals::ApprovalRequest> {
            KEFU_ASSIGN_OR_RETURN(StaffMember member, LoadForChange(tx, id, input.version));
            if (NextGrade(member.grade) != to) {
                return Fail(Error::InvalidArgument(fmt::format("{} is not the next grade after {}",
                                                               GradeName(*to),
                                                               GradeName(member.grade)),
                                                   {{"toGrade", "not_next_grade"}}));
            }
            KEFU_ASSIGN_OR_RETURN(GradeRules rules, RulesOn(tx, today));
            const Eligibility e =
                ComputeEligibility(member.grade, member.experience_start, today, rules);
            if (e.eligible) {
                return Fail(Error::FailedPrecondition(
                    fmt::format("{} meets the rule already; promote instead", member.name),
                    {{"toGrade", "eligible"}}));
            }
            approvals::NewApproval request;
            request.kind = std::string(kOverrideKind);
            request.subject_id = id.value();
            request.target = std::string(GradeName(*to));
            request.summary = fmt::format("{}: {} → {} ({} of {} months)",
                                          member.name,
                                          GradeName(member.grade),
                                          GradeName(*to),
                                          e.months_of_experience,
                                          e.required_months.value_or(0));
            request.reason = input.reason;
            return approvals_->Submit(tx, principal, request);
        });
}

Result<void> StaffService::ApplyApprovedOverride(Tx& tx,
                                                 const auth::Principal& decider,
                                                 const approvals::ApprovalRequest& request) {
    KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, StaffId(request.subject_id)));
    if (!found) return Fail(Error::NotFound("the staff member of this request is gone"));
    if (found->status == StaffStatus::kLeft) {
        return Fail(
            Error::FailedPrecondition("this staff member has left", {{"status", "staff_left"}}));
    }
    const auto to = ParseGrade(request.target);
    if (!to || NextGrade(found->grade) != to) {
        return Fail(Error::FailedPrecondition(
            fmt::format("{}'s grade changed since the request; it is out of date", found->name),
            {{"grade", "changed"}}));
    }
    std::string reason = request.reason;
    if (!request.decision_reason.empty()) reason += "; " + request.decision_reason;
    GradeContext ctx;
    ctx.name = found->name;
    ctx.override_rule = true;
    ctx.has_reason = true;
    // The decider's right comes from the approval inbox (approvals.decide), not staff.promote.
    KEFU_ASSIGN_OR_RETURN(
        Grade next,
        StaffGradeLadder().Fire(
            found->grade, GradeEvent::kPromote, [](std::string_view) { return true; }, ctx));
    KEFU_ASSIGN_OR_RETURN(
        StaffMember promoted,
        ChangeGrade(tx, decider, *found, next, GradeChangeKind::kOverride, reason));
    (void)promoted;
    return {};
}

Result<StaffMember> StaffService::EndInternship(const auth::Principal& principal,
                                                StaffId id,
                                                std::string_view reason,
                                                std::int64_t version) {
    KEFU_TRY(Require(principal, actions::kEndInternship));
    if (reason.empty()) {
        return Fail(Error::InvalidArgument("ending an internship early needs a reason",
                                           {{"reason", "reason_required"}}));
    }
    return transactions_.Run<StaffMember>(TxMode::kWrite, [&](Tx& tx) -> Result<StaffMember> {
        KEFU_ASSIGN_OR_RETURN(StaffMember before, LoadForChange(tx, id, version));
        GradeContext ctx;
        ctx.name = before.name;
        ctx.has_reason = true;  // checked above, before the transaction
        KEFU_ASSIGN_OR_RETURN(Grade technician,
                              StaffGradeLadder().Fire(
                                  before.grade, GradeEvent::kEndInternship, CanOf(principal), ctx));
        return ChangeGrade(tx,
                           principal,
                           before,
                           technician,
                           GradeChangeKind::kInternshipEndedEarly,
                           std::string(reason));
    });
}

Result<std::vector<GradeChange>> StaffService::GradeChanges(const auth::Principal& principal,
                                                            StaffId id) {
    if (!CanSeeHrData(principal)) {
        return Fail(Error::PermissionDenied("grade history is HR data"));
    }
    return transactions_.Run<std::vector<GradeChange>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<GradeChange>> {
            KEFU_ASSIGN_OR_RETURN(auto found, staff_.FindById(tx, id));
            if (!found) return Fail(Error::NotFound("no such staff member"));
            return staff_.ListGradeChanges(tx, id);
        });
}

}  // namespace kefu::staff
