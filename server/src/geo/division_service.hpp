// Read-only use cases of the division tree: look up a code, list a cascader's next level,
// search by name. Reference data: every logged-in user may read it (the routes need a session).
#pragma once

#include <optional>
#include <vector>

#include "geo/division_repository.hpp"

namespace kefu::geo {

/// A division with its ancestors and its place class.
struct DivisionPlace {
    Division division;
    std::vector<Division> ancestors;  ///< the province first, the parent last
    PlaceClass place_class = PlaceClass::kOther;
};

/// Looks up divisions for the API and for other capabilities (job sites, expense rules).
class DivisionService {
public:
    DivisionService(DivisionRepository& divisions, TransactionRunner& transactions)
        : divisions_(divisions), transactions_(transactions) {}

    /// The division, its ancestors and place class. NOT_FOUND for an unknown code.
    Result<DivisionPlace> Get(DivisionCode code);
    /// The same inside the caller's transaction. NOT_FOUND for an unknown code.
    Result<DivisionPlace> Locate(Tx& tx, DivisionCode code);
    /// The next level of a cascader: the provinces when `parent` is nullopt, else the active
    /// divisions directly under it. NOT_FOUND for an unknown parent.
    Result<std::vector<Division>> Children(std::optional<DivisionCode> parent);
    /// Active divisions by part of their name, each with its ancestors. INVALID_ARGUMENT
    /// (q: required) for blank text; NOT_FOUND for an unknown `within`.
    Result<std::vector<DivisionPlace>> Search(const DivisionSearch& search);

private:
    DivisionRepository& divisions_;
    TransactionRunner& transactions_;
};

}  // namespace kefu::geo
