// What the jobs demo is built from: the demo department's sites, products, people and vehicles,
// read from the other capabilities' tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::jobs::demo {

struct SiteRow {
    long long id = 0;
    std::optional<long long> customer_id;
    std::optional<long long> dealer_id;
    int division_code = 0;
};

struct ProductRow {
    long long id = 0;
    int pieces_per_unit = 1;
    long long volume_l = 0;
    long long weight_g = 0;
    int installers = 1;
};

struct StaffRow {
    long long id = 0;
    std::string name;
    std::string grade;
};

struct VehicleRow {
    long long id = 0;
    long long volume_l = 0;
    long long payload_kg = 0;
};

/// Someone who raises jobs: a salesperson, the clerk, or a dealer's account.
struct RaiserRow {
    long long user_id = 0;
    std::string name;
    std::optional<long long> dealer_id;
};

/// Everything the demo draws on, and how many jobs exist already.
struct World {
    std::vector<SiteRow> sites;
    std::vector<ProductRow> products;
    std::vector<StaffRow> staff;
    std::vector<long long> drivers;
    std::vector<VehicleRow> vehicles;
    std::vector<RaiserRow> raisers;
    long long existing_jobs = 0;
};

/// Reads the world inside the caller's transaction.
Result<World> ReadWorld(Tx& tx);

}  // namespace kefu::jobs::demo
