// Use cases of the signed paper trail (R-FLD-5..7): a signature from the phone applied exactly
// once, the installation receipt that finishes a job (and without which it cannot be installed),
// corrections as new versions, the PDFs, and the copies the office follows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "field/paperwork_repository.hpp"
#include "jobs/job_event_guard.hpp"
#include "jobs/job_service.hpp"
#include "platform/clock.hpp"

namespace kefu::field {

/// What a signature did.
struct SignResult {
    SignedDocument document;  ///< without images
    bool replayed = false;    ///< the same signature came before: nothing was done again
    jobs::JobStatus job_status = jobs::JobStatus::kNew;  ///< the job's state afterwards
};

/// What the office still has to chase: documents missing on finished jobs and paper copies not
/// back or not filed.
struct Outstanding {
    std::vector<MissingDocument> missing;
    std::vector<SignedDocument> copies;  ///< documents with a copy pending or missing
};

/// The paperwork service; every path to signed documents goes through its checks.
class PaperworkService {
public:
    PaperworkService(PaperworkRepository& paperwork,
                     jobs::JobService& jobs,
                     TransactionRunner& transactions,
                     audit::AuditLog& audit,
                     const Clock& clock)
        : paperwork_(paperwork),
          jobs_(jobs),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    /// Stores a signature as the first version of the job's document, once per UUID (a second
    /// delivery answers what the first did; the UUID with other content is ALREADY_EXISTS "id
    /// reused"). A document already signed is ALREADY_EXISTS "already_signed": a correction is a
    /// new version. The installation receipt of a job on site finishes its installation, the
    /// delivery note a dealer delivery. PERMISSION_DENIED without field.record or off the crew
    /// (the office with job.progress may sign for it); FAILED_PRECONDITION for a document the
    /// job does not need; INVALID_ARGUMENT with every violation.
    Result<SignResult> Sign(const auth::Principal& principal, const SignatureInput& input);
    /// A new version of document `id` replacing the current one, with the reason; the old
    /// versions stay readable. ABORTED when `version` (the document's) is stale.
    Result<SignResult> Correct(const auth::Principal& principal,
                               std::int64_t id,
                               const SignatureInput& input,
                               const std::string& reason,
                               int version);
    /// The shape checks alone (for the route, before the body's errors are reported).
    Result<void> ValidateShape(const SignatureInput& input) const;
    /// The job's documents with their versions and copies (no images); NOT_FOUND like the job.
    Result<std::vector<SignedDocument>> ForJob(const auth::Principal& principal,
                                               std::int64_t job_id);
    /// Version `version` of document `id` as an A4 PDF; its QR code leads to `job_url_prefix`
    /// + the job's id. NOT_FOUND for a version that does not exist or a job not visible.
    Result<std::string> Pdf(const auth::Principal& principal,
                            std::int64_t id,
                            int version,
                            const std::string& job_url_prefix);
    /// Puts a tracked copy in `state` (field.oversee). INVALID_ARGUMENT when the copy is not
    /// tracked for the document or the state is not one it takes; ABORTED when stale.
    Result<SignedDocument> SetCopy(const auth::Principal& principal,
                                   std::int64_t id,
                                   CopyName copy,
                                   CopyState state,
                                   int version);
    /// What the office still has to chase (field.oversee).
    Result<Outstanding> ListOutstanding(const auth::Principal& principal);
    /// The rule the jobs service consults: no installed without a signed installation receipt.
    jobs::JobEventGuard& receipt_guard() { return receipt_guard_; }

private:
    /// Refuses finishing an installation without the customer's signed receipt (R-FLD-5).
    class ReceiptGuard final : public jobs::JobEventGuard {
    public:
        explicit ReceiptGuard(PaperworkRepository& paperwork) : paperwork_(paperwork) {}
        Result<void> Check(Tx& tx, const jobs::Job& job, jobs::JobEvent event) override;

    private:
        PaperworkRepository& paperwork_;
    };

    /// A signature as it will be kept, with the fingerprint of what the phone sent (a replay
    /// sends the same bytes again, whatever was stored of them).
    struct Received {
        SignatureInput stored;
        std::string fingerprint;
    };

    /// One attempt of Sign (correction = the document to add a version to) in a transaction.
    Result<SignResult> SignIn(Tx& tx,
                              const auth::Principal& principal,
                              const Received& received,
                              const std::string& reason,
                              std::optional<std::pair<std::int64_t, int>> correction);
    /// The job, checked: visible, the principal on its crew or in the office, the document
    /// needed, the counts covering its products.
    Result<jobs::Job> CheckedJob(Tx& tx,
                                 const auth::Principal& principal,
                                 const SignatureInput& in);

    PaperworkRepository& paperwork_;
    jobs::JobService& jobs_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    ReceiptGuard receipt_guard_{paperwork_};
};

}  // namespace kefu::field
