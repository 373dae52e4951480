#include "db/row_decoder.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

namespace kefu::db {

void RowDecoder::Fail(std::string_view column, std::string_view raw) {
    if (failure_) return;
    failure_ = fmt::format("{} id {}: column {} holds \"{}\", which this version cannot read",
                           table_,
                           id_,
                           column,
                           raw);
    spdlog::error("undecodable row: {}", *failure_);
}

Result<void> RowDecoder::Finish() const {
    if (!failure_) return {};
    return kefu::Fail(Error::Internal(*failure_));
}

}  // namespace kefu::db
