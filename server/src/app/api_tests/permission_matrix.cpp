#include "app/api_tests/permission_matrix.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kefu::api_tests {
namespace {

std::vector<std::string> Words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    std::string word;
    while (in >> word) words.push_back(word);
    return words;
}

std::string Trim(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return "";
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

}  // namespace

bool PermissionMatrix::Allows(const std::string& role, const std::string& action) const {
    const auto row = allowed.find(action);
    if (row == allowed.end()) return false;
    const auto cell = row->second.find(role);
    return cell != row->second.end() && cell->second;
}

std::set<std::string> PermissionMatrix::ActionsOf(const std::string& role) const {
    std::set<std::string> out;
    for (const std::string& action : actions) {
        if (Allows(role, action)) out.insert(action);
    }
    return out;
}

PermissionMatrix LoadPermissionMatrix(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    PermissionMatrix matrix;
    std::string line;
    int number = 0;
    bool header_seen = false;
    auto fail = [&](const std::string& what) {
        throw std::runtime_error(fmt::format("{}:{}: {}", path, number, what));
    };
    while (std::getline(in, line)) {
        ++number;
        const std::string trimmed = Trim(line);
        if (trimmed.empty() || trimmed.starts_with("#")) continue;
        const auto bar = trimmed.find('|');
        if (bar == std::string::npos) fail("no \"|\" before the reason");
        const std::vector<std::string> cells = Words(trimmed.substr(0, bar));
        const std::string reason = Trim(trimmed.substr(bar + 1));
        if (!header_seen) {
            if (cells.empty() || cells.front() != "action")
                fail("the header must start with action");
            for (std::size_t i = 1; i < cells.size(); ++i) {
                if (std::find(matrix.roles.begin(), matrix.roles.end(), cells[i]) !=
                    matrix.roles.end()) {
                    fail("role " + cells[i] + " named twice");
                }
                matrix.roles.push_back(cells[i]);
            }
            header_seen = true;
            continue;
        }
        if (cells.size() != matrix.roles.size() + 1) {
            fail(fmt::format("{} cells for {} roles", cells.size() - 1, matrix.roles.size()));
        }
        const std::string& action = cells.front();
        if (matrix.allowed.contains(action)) fail("action " + action + " listed twice");
        if (reason.find("R-") == std::string::npos) {
            fail("the row of " + action + " cites no requirement (R-…) after \"|\"");
        }
        bool anyone = false;
        for (std::size_t i = 1; i < cells.size(); ++i) {
            if (cells[i] != "Y" && cells[i] != ".") {
                fail("cell " + cells[i] + " of " + action + " is neither Y nor .");
            }
            matrix.allowed[action][matrix.roles[i - 1]] = cells[i] == "Y";
            anyone = anyone || cells[i] == "Y";
        }
        if (!anyone) fail("no role may perform " + action + ": remove the action instead");
        matrix.actions.push_back(action);
        matrix.reasons[action] = reason;
    }
    if (!header_seen || matrix.actions.empty()) fail("no header or no action rows");
    return matrix;
}

}  // namespace kefu::api_tests
