// Storage of the signed documents of jobs (R-FLD-5..7); versions are written once and never
// changed (the database refuses it too).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "field/signed_document.hpp"
#include "jobs/job.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::field {

/// A job that should have a document and has none (the clerk's list).
struct MissingDocument {
    std::int64_t job_id = 0;
    std::string job_number;
    jobs::JobKind job_kind = jobs::JobKind::kInstallation;
    jobs::JobStatus job_status = jobs::JobStatus::kNew;
    DocumentKind kind = DocumentKind::kInstallationReceipt;
};

/// A finished job and the documents it has (the input of the missing list).
struct FinishedJobDocuments {
    std::int64_t job_id = 0;
    std::string job_number;
    jobs::JobKind job_kind = jobs::JobKind::kInstallation;
    jobs::JobStatus job_status = jobs::JobStatus::kNew;
    std::vector<DocumentKind> kinds;
};

/// Signed documents, their versions and their tracked copies.
class PaperworkRepository {
public:
    virtual ~PaperworkRepository() = default;
    /// The document holding the version stored under the phone's `record_id`, if any, without
    /// images (a replay compares fingerprints).
    virtual Result<std::optional<SignedDocument>> FindByRecord(Tx& tx,
                                                               const std::string& record_id) = 0;
    /// The job's document of `kind`, if any, with every version (images only when asked).
    virtual Result<std::optional<SignedDocument>> Find(Tx& tx,
                                                       std::int64_t job_id,
                                                       DocumentKind kind,
                                                       bool with_images) = 0;
    /// The document `id`, if any, with every version (images only when asked).
    virtual Result<std::optional<SignedDocument>> FindById(Tx& tx,
                                                           std::int64_t id,
                                                           bool with_images) = 0;
    /// Stores a new document with its one version and its copies; returns its id. ALREADY_EXISTS
    /// when the job has the kind already or the record id is taken (a race).
    virtual Result<std::int64_t> Insert(Tx& tx, const SignedDocument& document) = 0;
    /// Adds `document`'s last version and makes it current; ABORTED unless the row is still at
    /// document.version - 1.
    virtual Result<void> AddVersion(Tx& tx, const SignedDocument& document) = 0;
    /// Writes one copy's state; ABORTED unless the row is still at document.version - 1.
    virtual Result<void> UpdateCopy(Tx& tx,
                                    const SignedDocument& document,
                                    const DocumentCopy& copy) = 0;
    /// The job's documents without images, by kind.
    virtual Result<std::vector<SignedDocument>> ListForJob(Tx& tx, std::int64_t job_id) = 0;
    /// Documents with a tracked copy still to chase (pending, missing or handed over but not
    /// filed), oldest first, at most `limit`, without images.
    virtual Result<std::vector<SignedDocument>> ListOutstandingCopies(Tx& tx, int limit) = 0;
    /// Jobs installed, delivered or accepted, with the kinds of document they have, oldest
    /// first, at most `limit`.
    virtual Result<std::vector<FinishedJobDocuments>> FinishedJobs(Tx& tx, int limit) = 0;
};

}  // namespace kefu::field
