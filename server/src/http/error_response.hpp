// The one table from error code to HTTP status, and the wire format of errors.
#pragma once

#include <nlohmann/json.hpp>

#include "platform/error.hpp"

namespace kefu::http {

/// The HTTP status for an error code (google.rpc.Code mapping).
int HttpStatusOf(ErrorCode code);

/// {"error": {"code", "message", "violations": [{"field", "reason"}]}}. INTERNAL errors carry a
/// generic message: internals are logged, never sent.
nlohmann::json ErrorBody(const Error& error);

}  // namespace kefu::http
