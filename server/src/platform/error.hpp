// Error values for expected failures: a stable code, a message and per-field violations.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kefu {

/// Canonical error codes (a subset of google.rpc.Code). The names are a stable public list:
/// never rename or reuse one. The HTTP mapping lives in http/error_response.cpp only.
enum class ErrorCode : std::uint8_t {
    kInvalidArgument,     // Input is malformed regardless of system state.
    kFailedPrecondition,  // State forbids it; retrying won't help until the state changes.
    kNotFound,
    kAlreadyExists,
    kAborted,  // Concurrent modification (version mismatch); re-read and retry.
    kPermissionDenied,
    kUnauthenticated,
    kResourceExhausted,  // Throttled (e.g. too many failed logins).
    kUnavailable,        // Transient (database busy or down); the same call may be retried.
    kInternal,           // A bug. Details go to the log, never to the client.
};

/// The wire name of a code, e.g. "INVALID_ARGUMENT".
std::string_view ErrorCodeName(ErrorCode code);

/// One rejected input field: the JSON path as the client sent it and a stable reason key.
struct FieldViolation {
    std::string field;
    std::string reason;
    /// What the user may see about the cause, e.g. the name of the record that already holds a
    /// duplicate value; empty when there is nothing to add.
    std::string detail = {};
    bool operator==(const FieldViolation&) const = default;
};

/// An expected failure. Cheap to move; carries all field violations at once.
class [[nodiscard]] Error {
public:
    Error(ErrorCode code, std::string message, std::vector<FieldViolation> violations = {})
        : code_(code), message_(std::move(message)), violations_(std::move(violations)) {}

    static Error InvalidArgument(std::string message, std::vector<FieldViolation> violations = {});
    static Error FailedPrecondition(std::string message,
                                    std::vector<FieldViolation> violations = {});
    static Error NotFound(std::string message);
    static Error AlreadyExists(std::string message, std::vector<FieldViolation> violations = {});
    static Error Aborted(std::string message);
    static Error PermissionDenied(std::string message);
    static Error Unauthenticated(std::string message);
    static Error ResourceExhausted(std::string message);
    static Error Unavailable(std::string message);
    static Error Internal(std::string message);

    ErrorCode code() const { return code_; }
    const std::string& message() const { return message_; }
    const std::vector<FieldViolation>& violations() const { return violations_; }

private:
    ErrorCode code_;
    std::string message_;
    std::vector<FieldViolation> violations_;
};

/// The result of an operation that can fail in an expected way.
template <class T>
using Result = std::expected<T, Error>;

/// Shorthand for returning an error from a function that returns Result<T>.
inline std::unexpected<Error> Fail(Error error) { return std::unexpected<Error>(std::move(error)); }

/// Names the field behind a unique-key clash: ALREADY_EXISTS becomes ALREADY_EXISTS with
/// `message` and the violation {field, "duplicate"}; any other result passes through.
template <class T>
Result<T> DuplicateAsViolation(Result<T> result, std::string field, std::string message) {
    if (!result && result.error().code() == ErrorCode::kAlreadyExists) {
        return Fail(Error::AlreadyExists(std::move(message), {{std::move(field), "duplicate"}}));
    }
    return result;
}

/// Collects field violations during validation, then yields one INVALID_ARGUMENT with all of them.
class Violations {
public:
    void Add(std::string field, std::string reason, std::string detail = {}) {
        items_.push_back({std::move(field), std::move(reason), std::move(detail)});
    }
    bool empty() const { return items_.empty(); }
    const std::vector<FieldViolation>& items() const { return items_; }
    /// Changes the reason of the violation at `index`.
    void Replace(std::size_t index, std::string reason) {
        items_.at(index).reason = std::move(reason);
    }
    /// OK when nothing was added; otherwise INVALID_ARGUMENT carrying every violation.
    Result<void> ToResult(std::string message = "invalid input") const;

private:
    std::vector<FieldViolation> items_;
};

}  // namespace kefu

#define KEFU_CONCAT_INNER(a, b) a##b
#define KEFU_CONCAT(a, b) KEFU_CONCAT_INNER(a, b)

#define KEFU_TRY_IMPL(tmp, expr)                            \
    do {                                                    \
        if (auto tmp = (expr); !tmp) {                      \
            return std::unexpected(std::move(tmp).error()); \
        }                                                   \
    } while (false)
/// Evaluates a Result-returning expression; returns its error from the enclosing function.
#define KEFU_TRY(expr) KEFU_TRY_IMPL(KEFU_CONCAT(kefu_try_, __COUNTER__), expr)

#define KEFU_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)            \
    auto tmp = (expr);                                        \
    if (!tmp) return std::unexpected(std::move(tmp).error()); \
    lhs = std::move(*tmp)
/// `KEFU_ASSIGN_OR_RETURN(auto x, F())`: binds the value or returns the error.
#define KEFU_ASSIGN_OR_RETURN(lhs, expr) \
    KEFU_ASSIGN_OR_RETURN_IMPL(KEFU_CONCAT(kefu_result_, __COUNTER__), lhs, expr)
