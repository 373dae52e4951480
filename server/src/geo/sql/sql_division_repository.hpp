// The division tree on SQL.
#pragma once

#include "geo/division_repository.hpp"

namespace kefu::geo {

/// DivisionRepository over SOCI.
class SqlDivisionRepository final : public DivisionRepository {
public:
    Result<std::optional<Division>> Find(Tx& tx, DivisionCode code) override;
    Result<std::vector<Division>> Provinces(Tx& tx) override;
    Result<std::vector<Division>> Children(Tx& tx, DivisionCode parent) override;
    Result<std::vector<Division>> Search(Tx& tx, const DivisionSearch& search) override;
    Result<std::optional<std::string>> StoredVersion(Tx& tx) override;
    Result<void> Store(Tx& tx, const DivisionDataset& dataset, Timestamp at) override;
};

}  // namespace kefu::geo
