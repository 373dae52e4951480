#include "staff/staff_repository.hpp"

namespace kefu::staff {

std::string_view GradeChangeKindName(GradeChangeKind kind) {
    switch (kind) {
        case GradeChangeKind::kPromotion:
            return "promotion";
        case GradeChangeKind::kOverride:
            return "override";
        case GradeChangeKind::kInternshipEndedEarly:
            return "internship_ended_early";
    }
    return "promotion";
}

}  // namespace kefu::staff
