#include "catalog/series_warranty_service.hpp"

#include <algorithm>

#include "catalog/catalog_actions.hpp"

namespace kefu::catalog {

Result<SeriesWarranties> SeriesWarrantyService::List(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<SeriesWarranties>(
        TxMode::kRead, [&](Tx& tx) -> Result<SeriesWarranties> {
            SeriesWarranties out;
            KEFU_ASSIGN_OR_RETURN(out.series, warranties_.Series(tx));
            KEFU_ASSIGN_OR_RETURN(out.versions, warranties_.List(tx));
            return out;
        });
}

Result<SeriesWarranty> SeriesWarrantyService::Set(const auth::Principal& principal,
                                                  const NewSeriesWarranty& input) {
    KEFU_TRY(auth::Require(principal, actions::kWrite));
    KEFU_TRY(Validate(input));
    return transactions_.Run<SeriesWarranty>(TxMode::kWrite, [&](Tx& tx) -> Result<SeriesWarranty> {
        KEFU_ASSIGN_OR_RETURN(auto series, warranties_.Series(tx));
        if (std::ranges::find(series, input.series) == series.end()) {
            return Fail(
                Error::InvalidArgument("no product is of this series", {{"series", "not_found"}}));
        }
        SeriesWarranty w{.id = 0,
                         .series = input.series,
                         .valid_from = input.valid_from,
                         .months = input.months,
                         .content = input.content,
                         .reason = input.reason,
                         .set_by_name = principal.display_name,
                         .set_at = clock_.Now()};
        KEFU_ASSIGN_OR_RETURN(w.id,
                              DuplicateAsViolation(warranties_.Insert(tx, w),
                                                   "validFrom",
                                                   "this series has a version starting that day"));
        const audit::Snapshot after{{"series", w.series},
                                    {"validFrom", w.valid_from.ToString()},
                                    {"months", std::int64_t{w.months}},
                                    {"content", w.content},
                                    {"reason", w.reason}};
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kWarrantySet, std::to_string(w.id), std::nullopt, after}));
        return w;
    });
}

}  // namespace kefu::catalog
