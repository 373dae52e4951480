// Reads Solomon / Gehring-Homberger VRPTW benchmark files into a planning problem.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "planner/model/problem.hpp"
#include "platform/error.hpp"

namespace kefu::planner {

/// A benchmark instance: its name (first line of the file) and the problem.
struct SolomonInstance {
    std::string name;
    Problem problem;
};

/// Parses the text of a Solomon file: customer 0 is the depot, job ids are the customer
/// numbers, the vehicle count is the fleet size and the depot's due date ends every shift.
/// INVALID_ARGUMENT when the text is not in that format.
Result<SolomonInstance> ParseSolomon(std::string_view text);

/// Reads and parses a Solomon file; NOT_FOUND if it cannot be read.
Result<SolomonInstance> ReadSolomonFile(const std::filesystem::path& path);

}  // namespace kefu::planner
