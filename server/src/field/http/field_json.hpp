// JSON of field records and incidents, as the contract (docs/api/schemas/field.yaml) names them.
#pragma once

#include <nlohmann/json.hpp>

#include "field/field_service.hpp"
#include "http/json_reader.hpp"

namespace kefu::field {

/// A FieldRecord as the API sends it.
nlohmann::json RecordToJson(const FieldRecord& record);
/// An Incident as the API sends it.
nlohmann::json IncidentToJson(const Incident& incident);
/// The answer to a recorded step: the record, whether it was a replay, the job's state and the
/// incident it raised (null when none).
nlohmann::json RecordResultToJson(const RecordResult& result);
/// A job on the crew's phone (FieldJob).
nlohmann::json FieldJobToJson(const FieldJob& job);
/// A FieldPhoto (without its bytes) as the API sends it.
nlohmann::json PhotoToJson(const FieldPhoto& photo);
/// Reads a FieldPhotoInput body (the photo as base64); violations go to the reader.
PhotoInput ReadPhotoInput(http::JsonReader& reader);
/// PieceCounts as the API sends them.
nlohmann::json CountsToJson(const std::vector<ItemCount>& counts);
/// Reads the optional "counts" array of PieceCounts; violations go to the reader.
std::vector<ItemCount> ReadCounts(http::JsonReader& reader);
/// Reads the required base64 string `name` (at most `max_chars`) as bytes; invalid_base64 or
/// required go to the reader, and the answer is then empty.
std::string ReadBase64(http::JsonReader& reader, std::string_view name, std::size_t max_chars);
/// Reads a FieldRecordInput body; violations go to the reader.
RecordInput ReadRecordInput(http::JsonReader& reader);

}  // namespace kefu::field
