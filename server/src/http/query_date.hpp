// A date in a request's query string (from=, to=, date=): the reading every list filter shares.
#pragma once

#include <string>
#include <string_view>

#include "http/router.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"

namespace kefu::http {

/// The query parameter `name` as a date, `fallback` when absent; INVALID_ARGUMENT naming it
/// (invalid_date) when it is not YYYY-MM-DD.
inline Result<Date> QueryDate(const RequestContext& ctx, std::string_view name, Date fallback) {
    auto text = ctx.Query(name);
    if (!text) return fallback;
    auto date = Date::Parse(*text);
    if (!date) {
        return Fail(Error::InvalidArgument("not a date (YYYY-MM-DD)",
                                           {{std::string(name), "invalid_date"}}));
    }
    return *date;
}

}  // namespace kefu::http
