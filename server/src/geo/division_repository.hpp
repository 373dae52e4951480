// Port: storage of the division tree.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geo/division.hpp"
#include "geo/division_dataset.hpp"
#include "platform/date.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::geo {

/// What a name search looks for.
struct DivisionSearch {
    std::string text;                    ///< part of the name, matched literally
    std::optional<DivisionCode> within;  ///< only divisions inside this one
    int limit = 20;
};

/// Reads the stored tree and replaces it with a new dataset.
class DivisionRepository {
public:
    virtual ~DivisionRepository() = default;
    /// The division with this code, active or not; nullopt when there is none.
    virtual Result<std::optional<Division>> Find(Tx& tx, DivisionCode code) = 0;
    /// The active province-level divisions, by code.
    virtual Result<std::vector<Division>> Provinces(Tx& tx) = 0;
    /// The active divisions directly under `parent`, by code.
    virtual Result<std::vector<Division>> Children(Tx& tx, DivisionCode parent) = 0;
    /// Active divisions whose name contains the text: exact names first, then names starting
    /// with it, then the rest, each group by code; at most `search.limit`.
    virtual Result<std::vector<Division>> Search(Tx& tx, const DivisionSearch& search) = 0;
    /// Every stored division, active or not, by code.
    virtual Result<std::vector<Division>> All(Tx& tx) = 0;
    /// The version of the stored dataset; nullopt before the first import.
    virtual Result<std::optional<std::string>> StoredVersion(Tx& tx) = 0;
    /// Inserts or updates each division (parents before children) and makes it active.
    virtual Result<void> Upsert(Tx& tx, std::span<const Division> divisions) = 0;
    /// Makes these divisions inactive; the rows stay because records may name them.
    virtual Result<void> Retire(Tx& tx, std::span<const DivisionCode> codes) = 0;
    /// Records that the stored tree is now `dataset` (its version, source and size).
    virtual Result<void> RecordVersion(Tx& tx, const DivisionDataset& dataset, Timestamp at) = 0;
};

}  // namespace kefu::geo
