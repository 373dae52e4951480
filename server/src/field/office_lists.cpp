#include "field/office_lists.hpp"

namespace kefu::field {
namespace {

/// The longest period the office's lists and rates cover.
constexpr int kMaxPeriodDays = 366;

}  // namespace

std::vector<CrewPerson> CrewOf(const jobs::Job& job) {
    std::vector<CrewPerson> crew;
    if (!job.assignment) return crew;
    crew.push_back({job.assignment->lead.value(), job.names.lead});
    for (std::size_t i = 0; i < job.assignment->members.size(); ++i) {
        const std::string name = i < job.names.members.size() ? job.names.members[i] : "";
        crew.push_back({job.assignment->members[i].value(), name});
    }
    return crew;
}

Result<void> CheckPeriod(Date from, Date to) {
    if (to < from) {
        return Fail(
            Error::InvalidArgument("the period ends before it starts", {{"to", "before_from"}}));
    }
    if ((to.days() - from.days()).count() >= kMaxPeriodDays) {
        return Fail(Error::InvalidArgument("at most a year at a time", {{"to", "too_long"}}));
    }
    return {};
}

}  // namespace kefu::field
