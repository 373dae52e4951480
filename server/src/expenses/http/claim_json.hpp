// Claims to and from JSON (the shapes of docs/api/schemas/expenses.yaml).
#pragma once

#include <nlohmann/json.hpp>

#include "expenses/claim_service.hpp"
#include "http/json_reader.hpp"

namespace kefu::expenses {

/// A claim with its lines, totals and each line's rule and policy values.
nlohmann::json ClaimToJson(const Claim& claim);

/// Reads one line's fields from `reader` (violations named with the reader's path).
LineInput ReadLine(http::JsonReader& reader);

}  // namespace kefu::expenses
