#include "platform/error.hpp"

namespace kefu {

std::string_view ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidArgument:
            return "INVALID_ARGUMENT";
        case ErrorCode::kFailedPrecondition:
            return "FAILED_PRECONDITION";
        case ErrorCode::kNotFound:
            return "NOT_FOUND";
        case ErrorCode::kAlreadyExists:
            return "ALREADY_EXISTS";
        case ErrorCode::kAborted:
            return "ABORTED";
        case ErrorCode::kPermissionDenied:
            return "PERMISSION_DENIED";
        case ErrorCode::kUnauthenticated:
            return "UNAUTHENTICATED";
        case ErrorCode::kResourceExhausted:
            return "RESOURCE_EXHAUSTED";
        case ErrorCode::kUnavailable:
            return "UNAVAILABLE";
        case ErrorCode::kInternal:
            return "INTERNAL";
    }
    return "INTERNAL";
}

Error Error::InvalidArgument(std::string message, std::vector<FieldViolation> violations) {
    return {ErrorCode::kInvalidArgument, std::move(message), std::move(violations)};
}
Error Error::FailedPrecondition(std::string message, std::vector<FieldViolation> violations) {
    return {ErrorCode::kFailedPrecondition, std::move(message), std::move(violations)};
}
Error Error::NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
Error Error::AlreadyExists(std::string message, std::vector<FieldViolation> violations) {
    return {ErrorCode::kAlreadyExists, std::move(message), std::move(violations)};
}
Error Error::Aborted(std::string message) { return {ErrorCode::kAborted, std::move(message)}; }
Error Error::PermissionDenied(std::string message) {
    return {ErrorCode::kPermissionDenied, std::move(message)};
}
Error Error::Unauthenticated(std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(message)};
}
Error Error::ResourceExhausted(std::string message) {
    return {ErrorCode::kResourceExhausted, std::move(message)};
}
Error Error::Unavailable(std::string message) {
    return {ErrorCode::kUnavailable, std::move(message)};
}
Error Error::Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }

Result<void> Violations::ToResult(std::string message) const {
    if (items_.empty()) return {};
    return Fail(Error::InvalidArgument(std::move(message), items_));
}

}  // namespace kefu
