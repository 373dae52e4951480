// Port: storage of the division tree.
#pragma once

#include <optional>
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
    /// The version of the stored dataset; nullopt before the first import.
    virtual Result<std::optional<std::string>> StoredVersion(Tx& tx) = 0;
    /// Makes `dataset` the stored tree: its divisions are inserted or updated and active, every
    /// other stored division becomes inactive (kept, since records may name it), and the
    /// dataset's version is recorded.
    virtual Result<void> Store(Tx& tx, const DivisionDataset& dataset, Timestamp at) = 0;
};

}  // namespace kefu::geo
