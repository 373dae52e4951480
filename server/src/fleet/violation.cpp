#include "fleet/violation.hpp"

namespace kefu::fleet {

std::vector<FieldViolation> CheckViolationFields(const ViolationFields& f, Date today) {
    std::vector<FieldViolation> out;
    if (f.occurred_on > today) out.push_back({"occurredOn", "in_future"});
    if (f.compensation > f.fine) out.push_back({"compensation", "above_fine"});
    return out;
}

}  // namespace kefu::fleet
