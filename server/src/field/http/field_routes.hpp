// HTTP routes of field work: records from the phone, a job's field work, incidents, conflicts.
#pragma once

#include <nlohmann/json.hpp>

#include "field/field_service.hpp"
#include "http/router.hpp"

namespace kefu::field {

/// 201 for what the phone sent applied (or kept as a conflict) now, 200 for a replay: the phone's
/// outbox drops the entry either way.
inline http::HttpResponse AppliedOrReplayed(nlohmann::json answer, bool replayed) {
    return replayed ? http::HttpResponse::Ok(std::move(answer))
                    : http::HttpResponse::Created(std::move(answer));
}

/// Registers /api/v1/field/*.
void RegisterFieldRoutes(http::Router& router, FieldService& field);

}  // namespace kefu::field
