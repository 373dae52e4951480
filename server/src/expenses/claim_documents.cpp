#include "expenses/claim_documents.hpp"

#include "documents/pdf_renderer.hpp"
#include "documents/xlsx_writer.hpp"
#include "expenses/claim_form.hpp"
#include "expenses/expense_actions.hpp"

namespace kefu::expenses {

Result<std::string> ClaimDocuments::ClaimPdf(const auth::Principal& principal, ClaimId id) {
    KEFU_ASSIGN_OR_RETURN(Claim claim, claims_.Get(principal, id));
    return documents::RenderPdf(ClaimForm(claim, ChinaMinuteText(clock_.Now())));
}

Result<std::string> ClaimDocuments::FinanceXlsx(const auth::Principal& principal,
                                                std::optional<ClaimStatus> status) {
    KEFU_TRY(auth::Require(principal, actions::kReadAll));
    KEFU_ASSIGN_OR_RETURN(auto claims, claims_.ListAll(principal, status));
    return documents::WriteXlsx(FinanceWorkbook(claims));
}

}  // namespace kefu::expenses
