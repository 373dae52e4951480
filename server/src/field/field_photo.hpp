// A photo of a field step (R-FLD-1..4): taken on the phone, sent once per UUID (R-FLD-10) and
// kept only as the server's re-encoding, without any metadata of the phone (ADR 0016).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "field/checklist.hpp"
#include "platform/date.hpp"
#include "platform/strong_id.hpp"

namespace kefu::field {

/// A photo as the phone sends it.
struct PhotoInput {
    std::string id;  ///< the phone's UUID: identity and idempotency key
    std::int64_t job_id = 0;
    FieldStep step = FieldStep::kLoading;
    std::string content_type;  ///< as declared; the bytes decide
    std::string bytes;
};

/// A stored photo: the re-encoded JPEG (empty when listed) and who sent it when.
struct FieldPhoto {
    std::int64_t id = 0;
    std::string record_id;
    std::int64_t job_id = 0;
    FieldStep step = FieldStep::kLoading;
    std::string fingerprint;  ///< PhotoFingerprint of what the phone sent
    std::string jpeg;
    int width = 0;
    int height = 0;
    std::int64_t size_bytes = 0;
    std::optional<UserId> recorded_by = std::nullopt;
    std::string recorded_by_name = {};
    Timestamp received_at = {};
};

/// What identifies a photo as sent (job, step, declared type and the SHA-256 of the bytes), so
/// a resent photo is recognised and another one under a reused UUID is not.
std::string PhotoFingerprint(const PhotoInput& input);

}  // namespace kefu::field
