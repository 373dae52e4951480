// The HTTP routes of travel claims (docs/api/paths/expenses.yaml).
#pragma once

#include "expenses/claim_documents.hpp"
#include "expenses/claim_service.hpp"
#include "http/router.hpp"

namespace kefu::expenses {

/// Registers /api/v1/expense-claims/….
void RegisterClaimRoutes(http::Router& router, ClaimService& claims, ClaimDocuments& documents);

}  // namespace kefu::expenses
