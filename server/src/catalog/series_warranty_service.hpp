// Use cases of the series' warranties (R-FLD-4): the office reads and versions them; the crew's
// phone reads the one in force for its job (field capability).
#pragma once

#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "catalog/series_warranty_repository.hpp"
#include "platform/clock.hpp"

namespace kefu::catalog {

/// Every version with the series of the catalogue (those without a warranty included).
struct SeriesWarranties {
    std::vector<std::string> series;
    std::vector<SeriesWarranty> versions;
};

/// The series-warranty service.
class SeriesWarrantyService {
public:
    SeriesWarrantyService(SeriesWarrantyRepository& warranties,
                          TransactionRunner& transactions,
                          audit::AuditLog& audit,
                          const Clock& clock)
        : warranties_(warranties), transactions_(transactions), audit_(audit), clock_(clock) {}

    /// Every version and every series (product.read).
    Result<SeriesWarranties> List(const auth::Principal& principal);
    /// The rules of a version alone, as of today (for the route, with the body's errors).
    Result<void> Validate(const NewSeriesWarranty& input) const {
        return CheckNewSeriesWarranty(input, clock_.Today()).ToResult("invalid warranty");
    }
    /// Adds a version (product.write), audited. INVALID_ARGUMENT (series: not_found) for a series
    /// no product has; ALREADY_EXISTS (validFrom: duplicate) for a second version that day.
    Result<SeriesWarranty> Set(const auth::Principal& principal, const NewSeriesWarranty& input);

private:
    SeriesWarrantyRepository& warranties_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

}  // namespace kefu::catalog
