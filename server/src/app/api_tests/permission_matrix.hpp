// The expected permission matrix (role × action → allowed), read from permission_matrix.txt: the
// test data written from the regulations that the server's own table is compared against.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace kefu::api_tests {

/// The matrix as the file states it; roles and actions are wire names.
struct PermissionMatrix {
    std::vector<std::string> roles;    ///< header order
    std::vector<std::string> actions;  ///< file order
    /// allowed[action][role]
    std::map<std::string, std::map<std::string, bool>> allowed;
    /// The requirement IDs or duties after "|", per action.
    std::map<std::string, std::string> reasons;

    bool Allows(const std::string& role, const std::string& action) const;
    /// The actions the matrix grants `role`.
    std::set<std::string> ActionsOf(const std::string& role) const;
};

/// Reads `path`. Throws std::runtime_error naming the file and line when the table is malformed:
/// a cell other than Y or ., a row with the wrong number of cells, a duplicate role or action, a
/// row without a reason citing an R- requirement, or an action no role may perform.
PermissionMatrix LoadPermissionMatrix(const std::string& path);

}  // namespace kefu::api_tests
