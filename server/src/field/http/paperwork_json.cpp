#include "field/http/paperwork_json.hpp"

#include "field/http/field_json.hpp"

namespace kefu::field {
namespace {

using nlohmann::json;

/// Base64 of the largest signature image, with room for padding.
constexpr std::size_t kMaxImageText = kMaxSignatureBytes / 3 * 4 + 8;

json OptionalTime(const std::optional<Timestamp>& at) {
    return at ? json(FormatTimestamp(*at)) : json(nullptr);
}

json VersionToJson(const SignedVersion& v) {
    return {{"version", v.version},
            {"recordId", v.input.id},
            {"signerName", v.input.signer_name},
            {"signedAt", FormatTimestamp(v.input.signed_at)},
            {"method", kSignatureMethodNames.Name(v.input.method)},
            {"imageType", v.input.image_type},
            {"counts", CountsToJson(v.input.counts)},
            {"note", v.input.note},
            {"reason", v.reason},
            {"contentHash", v.content_hash},
            {"recordedByName", v.recorded_by_name},
            {"receivedAt", FormatTimestamp(v.received_at)}};
}

}  // namespace

json DocumentToJson(const SignedDocument& d) {
    json versions = json::array();
    for (const SignedVersion& v : d.versions) versions.push_back(VersionToJson(v));
    json copies = json::array();
    for (const DocumentCopy& c : d.copies) {
        copies.push_back({{"copy", kCopyNameNames.Name(c.name)},
                          {"state", kCopyStateNames.Name(c.state)},
                          {"changedAt", OptionalTime(c.changed_at)},
                          {"changedByName", c.changed_by_name}});
    }
    return {{"id", d.id},
            {"jobId", d.job_id},
            {"jobNumber", d.job_number},
            {"kind", kDocumentKindNames.Name(d.kind)},
            {"currentVersion", d.current_version},
            {"version", d.version},
            {"versions", std::move(versions)},
            {"copies", std::move(copies)}};
}

json SignResultToJson(const SignResult& result) {
    return {{"document", DocumentToJson(result.document)},
            {"replayed", result.replayed},
            {"jobStatus", jobs::kJobStatusNames.Name(result.job_status)}};
}

json OutstandingToJson(const Outstanding& outstanding) {
    json missing = json::array();
    for (const MissingDocument& m : outstanding.missing) {
        missing.push_back({{"jobId", m.job_id},
                           {"jobNumber", m.job_number},
                           {"jobKind", jobs::kJobKindNames.Name(m.job_kind)},
                           {"jobStatus", jobs::kJobStatusNames.Name(m.job_status)},
                           {"kind", kDocumentKindNames.Name(m.kind)}});
    }
    json copies = json::array();
    for (const SignedDocument& d : outstanding.copies) copies.push_back(DocumentToJson(d));
    return {{"missing", std::move(missing)}, {"copies", std::move(copies)}};
}

SignatureInput ReadSignatureInput(http::JsonReader& reader) {
    SignatureInput in;
    in.id = reader.RequiredString("id", 36);
    in.job_id = reader.RequiredId("jobId").value_or(0);
    in.kind = reader.RequiredEnum("document", kDocumentKindNames)
                  .value_or(DocumentKind::kInstallationReceipt);
    in.signer_name = reader.RequiredString("signerName", 50);
    in.signed_at = reader.RequiredDateTime("signedAt").value_or(Timestamp{});
    in.method =
        reader.RequiredEnum("method", kSignatureMethodNames).value_or(SignatureMethod::kDrawn);
    reader.Object("image", true, [&](http::JsonReader& image) {
        in.image_type = image.RequiredString("contentType", 40);
        in.image = ReadBase64(image, "data", kMaxImageText);
    });
    in.counts = ReadCounts(reader);
    in.note = reader.OptionalText("note", 500).value_or("");
    return in;
}

}  // namespace kefu::field
