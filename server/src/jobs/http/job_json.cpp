#include "jobs/http/job_json.hpp"

#include <fmt/core.h>

#include "http/json_reader.hpp"

namespace kefu::jobs {

using nlohmann::json;

namespace {

json Optional(const auto& value) { return value ? json(*value) : json(nullptr); }

json AssignmentToJson(const Assignment& a, const Job::Names& names) {
    json members = json::array();
    for (StaffId m : a.members) members.push_back(m.value());
    return {
        {"lead", a.lead.value()},
        {"leadName", names.lead},
        {"members", members},
        {"memberNames", names.members},
        {"driverName", names.driver.empty() ? json(nullptr) : json(names.driver)},
        {"vehiclePlate", names.vehicle_plate.empty() ? json(nullptr) : json(names.vehicle_plate)},
        {"vehicleId", Optional(a.vehicle_id)},
        {"driver", a.driver ? json(a.driver->value()) : json(nullptr)},
        {"date", a.date.ToString()},
        {"windowStart", http::TimeOfDayText(a.window.start)},
        {"windowEnd", http::TimeOfDayText(a.window.end)}};
}

}  // namespace

json JobToJson(const Job& j) {
    json flags = json::array();
    for (JobFlag f : j.flags) flags.push_back(kJobFlagNames.Name(f));
    json items = json::array();
    for (const JobItem& i : j.items) {
        items.push_back({{"productId", i.product_id},
                         {"model", i.product_model},
                         {"name", i.product_name},
                         {"quantity", i.quantity},
                         {"pieces", i.pieces}});
    }
    return {{"id", j.id.value()},
            {"number", j.number},
            {"kind", kJobKindNames.Name(j.kind)},
            {"status", kJobStatusNames.Name(j.status)},
            {"customerId", Optional(j.customer_id)},
            {"dealerId", j.dealer_id ? json(j.dealer_id->value()) : json(nullptr)},
            {"siteId", j.site_id},
            {"divisionCode", fmt::format("{:06}", j.division_code)},
            {"contactName", j.contact_name},
            {"contactPhone", j.contact_phone},
            {"requestedDate", j.requested_date.ToString()},
            {"windowStart", http::TimeOfDayText(j.requested_window.start)},
            {"windowEnd", http::TimeOfDayText(j.requested_window.end)},
            {"priority", kPriorityNames.Name(j.priority)},
            {"sourceDocument", j.source_document},
            {"notes", j.notes},
            {"raisedBy", j.raised_by_name},
            {"originalJobId", j.original_job ? json(j.original_job->value()) : json(nullptr)},
            {"crewRequested", Optional(j.crew_requested)},
            {"crewNeeded", j.crew_needed},
            {"crewApproval", kCrewApprovalNames.Name(j.crew_approval)},
            {"approvalId", Optional(j.approval_id)},
            {"assignment", j.assignment ? AssignmentToJson(*j.assignment, j.names) : json(nullptr)},
            {"cancelReason", j.cancel_reason.empty() ? json(nullptr) : json(j.cancel_reason)},
            {"items", items},
            {"totalPieces", j.total_pieces},
            {"totalVolumeL", j.total_volume_l},
            {"totalWeightG", j.total_weight_g},
            {"createdAt", FormatTimestamp(j.created_at)},
            {"customerName", j.names.customer.empty() ? json(nullptr) : json(j.names.customer)},
            {"dealerName", j.names.dealer.empty() ? json(nullptr) : json(j.names.dealer)},
            {"siteStreet", j.names.site_street},
            {"divisionName", j.names.division},
            {"flags", flags},
            {"version", j.version}};
}

json CallToJson(const JobCall& c) {
    return {{"id", c.id},
            {"kind", kCallKindNames.Name(c.kind)},
            {"at", FormatTimestamp(c.at)},
            {"by", c.by_name},
            {"outcome", kCallOutcomeNames.Name(c.outcome)},
            {"newEta", c.new_eta ? json(FormatTimestamp(*c.new_eta)) : json(nullptr)},
            {"note", c.note}};
}

json JobDetailToJson(const JobDetail& d) {
    json out = JobToJson(d.job);
    json transitions = json::array();
    for (const JobTransitionRecord& t : d.transitions) {
        transitions.push_back({{"from", kJobStatusNames.Name(t.from)},
                               {"to", kJobStatusNames.Name(t.to)},
                               {"event", kJobEventNames.Name(t.event)},
                               {"at", FormatTimestamp(t.at)},
                               {"by", t.by_name},
                               {"note", t.note}});
    }
    json calls = json::array();
    for (const JobCall& c : d.calls) calls.push_back(CallToJson(c));
    json next = json::array();
    for (JobEvent e : d.next_events) next.push_back(kJobEventNames.Name(e));
    out["transitions"] = transitions;
    out["calls"] = calls;
    out["nextEvents"] = next;
    return out;
}

}  // namespace kefu::jobs
