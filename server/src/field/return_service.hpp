// Use cases of quality returns (R-FLD-9): the warehouse checks the repacking of goods back at the
// factory (intact, or damaged with a photo and a note); the head charges the loss to the staff
// member responsible; the head, finance and leadership alone read the charges.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "field/office_lists.hpp"
#include "field/return_repository.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"

namespace kefu::field {

/// A photo as uploaded with a check: its declared type and bytes (re-encoded before storing).
struct ReturnPhotoUpload {
    std::string content_type;
    std::string bytes;
};

/// A check with what the lists show of it.
struct ReturnCheckView {
    ReturnCheck check;
    std::string job_number;
    std::vector<CrewPerson> crew;  ///< the returned job's, who repacked it; lead first
    std::vector<Charge> charges;   ///< empty unless the reader holds field.charge_read
};

/// The warehouse's desk: jobs back at the factory still to check, and the checks of a period.
struct ReturnDesk {
    Date from;
    Date to;
    std::vector<jobs::Job> awaiting;
    std::vector<ReturnCheckView> checks;
};

/// The charges decided in a period and each person's total.
struct ChargeReport {
    Date from;
    Date to;
    std::vector<Charge> items;
    std::vector<ChargeTotal> totals;
};

/// The quality-return service.
class ReturnService {
public:
    ReturnService(ReturnRepository& returns,
                  jobs::JobService& jobs,
                  TransactionRunner& transactions,
                  audit::AuditLog& audit,
                  const Clock& clock)
        : returns_(returns),
          jobs_(jobs),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// The rules of a check alone (for the route, with the body's errors).
    static Result<void> Validate(const NewReturnCheck& input) {
        return CheckNewReturnCheck(input).ToResult("invalid return check");
    }
    /// Records the repacking check of job `input.job_id` (field.return_check), with its photo
    /// re-encoded without metadata. NOT_FOUND for a job the principal may not see;
    /// FAILED_PRECONDITION (jobId: state) unless it is returned to the factory; ABORTED when the
    /// job is no longer at input.job_version; ALREADY_EXISTS (jobId: already_checked) when this
    /// return was checked already; INVALID_ARGUMENT for the rules or a refused photo (photo:
    /// reason).
    Result<ReturnCheckView> RecordCheck(const auth::Principal& principal,
                                        const NewReturnCheck& input,
                                        const std::optional<ReturnPhotoUpload>& photo);
    /// Jobs returned to the factory and not yet checked at their present version, and the checks
    /// made from `from` to `to` (China dates) (field.return_check); period limits as CheckPeriod.
    Result<ReturnDesk> Desk(const auth::Principal& principal, Date from, Date to);
    /// The JPEG of check `id` (field.return_check); NOT_FOUND when it has none.
    Result<std::string> Photo(const auth::Principal& principal, std::int64_t id);

    /// The rules of a charge alone (for the route).
    static Result<void> Validate(const NewCharge& input) {
        return CheckNewCharge(input).ToResult("invalid charge");
    }
    /// Charges the loss of damaged check `input.check_id` to a staff member (field.charge), once
    /// per person and check; the audit entry is readable with field.charge_read only.
    /// NOT_FOUND for no such check; FAILED_PRECONDITION (outcome: not_damaged) on an intact one;
    /// INVALID_ARGUMENT (staffId: not_found); ALREADY_EXISTS (staffId: already_charged).
    Result<Charge> ChargeLoss(const auth::Principal& principal, const NewCharge& input);
    /// Withdraws charge `id`, decided in error (field.charge), with the head's reason; it stays
    /// listed and counts no more; audited like the charge. INVALID_ARGUMENT (reason: required,
    /// too_long); NOT_FOUND for no such charge; FAILED_PRECONDITION (charge: withdrawn) when it
    /// was withdrawn already.
    Result<Charge> WithdrawCharge(const auth::Principal& principal,
                                  std::int64_t id,
                                  const std::string& reason);
    /// The charges decided from `from` to `to` and each person's total (field.charge_read).
    Result<ChargeReport> ListCharges(const auth::Principal& principal, Date from, Date to);

private:
    ReturnRepository& returns_;
    jobs::JobService& jobs_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::field
