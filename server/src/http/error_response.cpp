#include "http/error_response.hpp"

namespace kefu::http {

int HttpStatusOf(ErrorCode code) {
    switch (code) {
        // google.rpc's HTTP mapping (conventions §3.6): a state that forbids the request is a
        // 400 like bad input; clients tell them apart by the body's code, not the status.
        case ErrorCode::kInvalidArgument:
        case ErrorCode::kFailedPrecondition:
            return 400;
        case ErrorCode::kNotFound:
            return 404;
        case ErrorCode::kAlreadyExists:
        case ErrorCode::kAborted:
            return 409;
        case ErrorCode::kPermissionDenied:
            return 403;
        case ErrorCode::kUnauthenticated:
            return 401;
        case ErrorCode::kResourceExhausted:
            return 429;
        case ErrorCode::kUnavailable:
            return 503;
        case ErrorCode::kInternal:
            return 500;
    }
    return 500;
}

nlohmann::json ErrorBody(const Error& error) {
    nlohmann::json violations = nlohmann::json::array();
    for (const FieldViolation& v : error.violations()) {
        nlohmann::json item = {{"field", v.field}, {"reason", v.reason}};
        if (!v.detail.empty()) item["detail"] = v.detail;
        violations.push_back(std::move(item));
    }
    const std::string message =
        error.code() == ErrorCode::kInternal ? "internal error" : error.message();
    return {{"error",
             {{"code", ErrorCodeName(error.code())},
              {"message", message},
              {"violations", std::move(violations)}}}};
}

}  // namespace kefu::http
