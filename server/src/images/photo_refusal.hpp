// The one shape of every photo refusal: INVALID_ARGUMENT with one violation on kPhotoField.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "images/photo.hpp"
#include "platform/error.hpp"

namespace kefu::images {

/// INVALID_ARGUMENT: `message` for the user, `reason` one of ReencodePhoto's stable keys.
inline std::unexpected<Error> RefusePhoto(std::string message, std::string_view reason) {
    return Fail(Error::InvalidArgument(std::move(message),
                                       {{std::string(kPhotoField), std::string(reason)}}));
}

}  // namespace kefu::images
