#include "field/field_photo.hpp"

#include <fmt/format.h>

#include "field/signed_document.hpp"

namespace kefu::field {

std::string PhotoFingerprint(const PhotoInput& input) {
    return fmt::format("job={};step={};type={}:{};bytes={}",
                       input.job_id,
                       kFieldStepNames.Name(input.step),
                       input.content_type.size(),
                       input.content_type,
                       Sha256Hex(input.bytes));
}

}  // namespace kefu::field
