// Rework promises on SQL.
#pragma once

#include "field/rework_repository.hpp"

namespace kefu::field {

/// ReworkRepository over SOCI.
class SqlReworkRepository final : public ReworkRepository {
public:
    Result<void> Insert(Tx& tx, const Rework& rework) override;
    Result<std::vector<Rework>> Select(Tx& tx, const ReworkQuery& query) override;
    Result<void> RecordApology(Tx& tx, const Rework& rework) override;
};

}  // namespace kefu::field
