#include "catalog/series_warranty.hpp"

#include <algorithm>
#include <map>

#include "platform/text.hpp"

namespace kefu::catalog {

Violations CheckNewSeriesWarranty(const NewSeriesWarranty& input, Date today) {
    Violations v;
    if (input.series.empty()) v.Add("series", "required");
    if (Utf8Length(input.series) > limits::kSeriesMax) v.Add("series", "too_long");
    // What a crew explained yesterday stays what it was: history is not rewritten.
    if (input.valid_from < today) v.Add("validFrom", "date_in_past");
    if (input.months < 1 || input.months > kWarrantyMonthsMax) v.Add("months", "out_of_range");
    if (input.content.empty()) v.Add("content", "required");
    if (Utf8Length(input.content) > kWarrantyContentMax) v.Add("content", "too_long");
    if (Utf8Length(input.reason) > kWarrantyReasonMax) v.Add("reason", "too_long");
    return v;
}

std::vector<SeriesWarranty> InForceOn(std::span<const SeriesWarranty> versions, Date day) {
    std::map<std::string, const SeriesWarranty*> latest;
    for (const SeriesWarranty& w : versions) {
        if (w.valid_from > day) continue;
        const SeriesWarranty*& held = latest[w.series];
        if (held == nullptr || held->valid_from < w.valid_from) held = &w;
    }
    std::vector<SeriesWarranty> out;
    out.reserve(latest.size());
    for (const auto& [series, w] : latest) out.push_back(*w);
    return out;
}

}  // namespace kefu::catalog
