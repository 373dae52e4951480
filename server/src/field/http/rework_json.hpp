// JSON of reworks, as the contract (docs/api/schemas/field.yaml) names them.
#pragma once

#include <nlohmann/json.hpp>

#include "field/rework_service.hpp"
#include "http/json_reader.hpp"

namespace kefu::field {

/// A rework with its job, original, timeliness, apology and crew.
nlohmann::json ReworkToJson(const ReworkView& view);
/// A job's own rework and those raised from it.
nlohmann::json ReworksOfJobToJson(const ReworksOfJob& reworks);
/// The on-time rates of a period.
nlohmann::json OnTimeReportToJson(const OnTimeReport& report);
/// Reads a NewRework body; violations go to the reader.
NewRework ReadNewRework(http::JsonReader& reader);

}  // namespace kefu::field
