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
    Result<std::vector<Division>> All(Tx& tx) override;
    Result<std::optional<std::string>> StoredVersion(Tx& tx) override;
    Result<void> Upsert(Tx& tx, std::span<const Division> divisions) override;
    Result<void> Retire(Tx& tx, std::span<const DivisionCode> codes) override;
    Result<void> RecordVersion(Tx& tx, const DivisionDataset& dataset, Timestamp at) override;
};

}  // namespace kefu::geo
