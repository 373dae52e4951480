// HTTP routes of the signed paper trail: signatures from the phone, corrections, a job's
// documents, their PDFs, the tracked copies and what the office still has to chase.
#pragma once

#include "field/paperwork_service.hpp"
#include "http/router.hpp"

namespace kefu::field {

/// Registers /api/v1/field/signatures and /api/v1/field/documents/*.
void RegisterPaperworkRoutes(http::Router& router, PaperworkService& paperwork);

}  // namespace kefu::field
