// JSON of quality returns and charges, as the contract (docs/api/schemas/field.yaml) names them.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "field/return_service.hpp"
#include "http/json_reader.hpp"

namespace kefu::field {

/// A check with its job, crew and (for readers of charges) charges.
nlohmann::json ReturnCheckToJson(const ReturnCheckView& view);
/// The warehouse's desk: awaiting jobs and the period's checks.
nlohmann::json ReturnDeskToJson(const ReturnDesk& desk);
/// A charge.
nlohmann::json ChargeToJson(const Charge& charge);
/// The charges of a period with each person's total.
nlohmann::json ChargeReportToJson(const ChargeReport& report);
/// Reads a ReturnCheckInput body and its optional photo; violations go to the reader.
NewReturnCheck ReadNewReturnCheck(http::JsonReader& reader,
                                  std::optional<ReturnPhotoUpload>& photo);
/// Reads a ChargeInput body for check `check_id`; violations go to the reader.
NewCharge ReadNewCharge(http::JsonReader& reader, std::int64_t check_id);

}  // namespace kefu::field
