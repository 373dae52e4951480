#include "geo/division_service.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <ranges>

namespace kefu::geo {
namespace {

Error UnknownCode(DivisionCode code) {
    return Error::NotFound(fmt::format("no division has the code {}", code.ToString()));
}

// Follows parent links up to the province; the tree has at most three levels.
Result<DivisionPlace> PlaceOf(DivisionRepository& divisions,
                              Tx& tx,
                              Division division,
                              std::map<std::int32_t, Division>& known) {
    DivisionPlace place;
    std::optional<DivisionCode> next = division.parent;
    while (next && place.ancestors.size() < 3) {
        auto cached = known.find(next->value());
        if (cached == known.end()) {
            KEFU_ASSIGN_OR_RETURN(auto found, divisions.Find(tx, *next));
            if (!found) return Fail(Error::Internal("a division's parent is missing"));
            cached = known.emplace(next->value(), std::move(*found)).first;
        }
        place.ancestors.push_back(cached->second);
        next = cached->second.parent;
    }
    std::reverse(place.ancestors.begin(), place.ancestors.end());
    std::vector<DivisionKind> kinds_upward{division.kind};
    for (const Division& ancestor : std::views::reverse(place.ancestors)) {
        kinds_upward.push_back(ancestor.kind);
    }
    place.place_class = ClassifyPlace(kinds_upward);
    place.division = std::move(division);
    return place;
}

}  // namespace

Result<DivisionPlace> DivisionService::Get(DivisionCode code) {
    return transactions_.Run<DivisionPlace>(TxMode::kRead,
                                            [&](Tx& tx) { return Locate(tx, code); });
}

Result<DivisionPlace> DivisionService::Locate(Tx& tx, DivisionCode code) {
    KEFU_ASSIGN_OR_RETURN(auto found, divisions_.Find(tx, code));
    if (!found) return Fail(UnknownCode(code));
    std::map<std::int32_t, Division> known;
    return PlaceOf(divisions_, tx, std::move(*found), known);
}

Result<std::vector<Division>> DivisionService::Children(std::optional<DivisionCode> parent) {
    return transactions_.Run<std::vector<Division>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<Division>> {
            if (!parent) return divisions_.Provinces(tx);
            KEFU_ASSIGN_OR_RETURN(auto found, divisions_.Find(tx, *parent));
            if (!found) return Fail(UnknownCode(*parent));
            return divisions_.Children(tx, *parent);
        });
}

Result<std::vector<DivisionPlace>> DivisionService::Search(const DivisionSearch& search) {
    if (search.text.find_first_not_of(" \t") == std::string::npos) {
        return Fail(Error::InvalidArgument("say what to search for", {{"q", "required"}}));
    }
    DivisionSearch bounded = search;
    bounded.limit = std::clamp(search.limit, 1, 50);
    return transactions_.Run<std::vector<DivisionPlace>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<DivisionPlace>> {
            if (bounded.within) {
                KEFU_ASSIGN_OR_RETURN(auto area, divisions_.Find(tx, *bounded.within));
                if (!area) return Fail(UnknownCode(*bounded.within));
            }
            KEFU_ASSIGN_OR_RETURN(auto found, divisions_.Search(tx, bounded));
            // Results often share a province or prefecture: read each ancestor once.
            std::map<std::int32_t, Division> known;
            std::vector<DivisionPlace> out;
            out.reserve(found.size());
            for (Division& d : found) {
                KEFU_ASSIGN_OR_RETURN(auto place, PlaceOf(divisions_, tx, std::move(d), known));
                out.push_back(std::move(place));
            }
            return out;
        });
}

}  // namespace kefu::geo
