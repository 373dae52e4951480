// HTTP routes of the approval inbox.
#pragma once

#include "approvals/approval_service.hpp"
#include "http/router.hpp"

namespace kefu::approvals {

/// Registers GET /api/v1/approvals, GET /api/v1/approvals/{id} and
/// POST /api/v1/approvals/{id}/decision.
void RegisterApprovalRoutes(http::Router& router, ApprovalService& approvals);

/// The JSON of a request (used by the capabilities that file one).
nlohmann::json ApprovalToJson(const ApprovalRequest& request);

}  // namespace kefu::approvals
