// Signed documents on SQL.
#pragma once

#include "field/paperwork_repository.hpp"

namespace kefu::field {

/// PaperworkRepository over SOCI.
class SqlPaperworkRepository final : public PaperworkRepository {
public:
    Result<std::optional<SignedDocument>> FindByRecord(Tx& tx,
                                                       const std::string& record_id) override;
    Result<std::optional<SignedDocument>> Find(Tx& tx,
                                               std::int64_t job_id,
                                               DocumentKind kind,
                                               bool with_images) override;
    Result<std::optional<SignedDocument>> FindById(Tx& tx,
                                                   std::int64_t id,
                                                   bool with_images) override;
    Result<std::int64_t> Insert(Tx& tx, const SignedDocument& document) override;
    Result<void> AddVersion(Tx& tx, const SignedDocument& document) override;
    Result<void> UpdateCopy(Tx& tx,
                            const SignedDocument& document,
                            const DocumentCopy& copy) override;
    Result<std::vector<SignedDocument>> ListForJob(Tx& tx, std::int64_t job_id) override;
    Result<std::vector<SignedDocument>> ListOutstandingCopies(Tx& tx, int limit) override;
    Result<std::vector<FinishedJobDocuments>> FinishedJobs(Tx& tx, int limit) override;
};

}  // namespace kefu::field
