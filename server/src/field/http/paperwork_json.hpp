// JSON of signed documents, as the contract (docs/api/schemas/field.yaml) names them.
#pragma once

#include <nlohmann/json.hpp>

#include "field/paperwork_service.hpp"
#include "http/json_reader.hpp"

namespace kefu::field {

/// A SignedDocument (without images) as the API sends it.
nlohmann::json DocumentToJson(const SignedDocument& document);
/// The answer to a signature: the document, whether it was a replay, the job's state.
nlohmann::json SignResultToJson(const SignResult& result);
/// What the office still has to chase.
nlohmann::json OutstandingToJson(const Outstanding& outstanding);
/// Reads a SignatureInput body (the image as base64); violations go to the reader.
SignatureInput ReadSignatureInput(http::JsonReader& reader);

}  // namespace kefu::field
