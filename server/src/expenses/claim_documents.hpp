// Renders a claim's form as PDF and finance's workbook as XLSX, with the record rules of the
// claims service (who may see which claim).
#pragma once

#include <optional>
#include <string>

#include "expenses/claim_service.hpp"

namespace kefu::expenses {

/// The documents of claims.
class ClaimDocuments {
public:
    ClaimDocuments(ClaimService& claims, const Clock& clock) : claims_(claims), clock_(clock) {}
    /// The claim form as A4 PDF bytes; NOT_FOUND for a claim the principal may not see.
    Result<std::string> ClaimPdf(const auth::Principal& principal, ClaimId id);
    /// Every claim (optionally of one status) as XLSX bytes; PERMISSION_DENIED without
    /// expense.read_all (finance, the head, leadership).
    Result<std::string> FinanceXlsx(const auth::Principal& principal,
                                    std::optional<ClaimStatus> status);

private:
    ClaimService& claims_;
    const Clock& clock_;
};

}  // namespace kefu::expenses
