// The roles a user can hold (glossary of requirements.md) and a compact set of them.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/enum_names.hpp"

namespace kefu::auth {

/// A role; persisted and sent by its name, never its ordinal.
enum class Role : std::uint8_t {
    kHead,
    kSupervisor,
    kTechnician,
    kIntern,
    kDriver,
    kWarehouse,
    kSales,
    kDealer,
    kClerk,
    kFinance,
    kLeadership,
    kAdmin,
};

/// The wire/storage names of the roles: the one list that RoleName, ParseRole and kAllRoles read.
inline constexpr auto kRoleNames = MakeEnumNames<Role>({{Role::kHead, "head"},
                                                        {Role::kSupervisor, "supervisor"},
                                                        {Role::kTechnician, "technician"},
                                                        {Role::kIntern, "intern"},
                                                        {Role::kDriver, "driver"},
                                                        {Role::kWarehouse, "warehouse"},
                                                        {Role::kSales, "sales"},
                                                        {Role::kDealer, "dealer"},
                                                        {Role::kClerk, "clerk"},
                                                        {Role::kFinance, "finance"},
                                                        {Role::kLeadership, "leadership"},
                                                        {Role::kAdmin, "admin"}});

inline constexpr std::size_t kRoleCount = kRoleNames.size();

/// Every role, in declaration order.
inline constexpr std::array<Role, kRoleCount> kAllRoles = kRoleNames.Values();

/// The wire/storage name, e.g. "head".
inline std::string_view RoleName(Role role) { return kRoleNames.Name(role); }
/// The role with this name, or nullopt.
inline std::optional<Role> ParseRole(std::string_view name) { return kRoleNames.Parse(name); }

/// A set of roles.
class RoleSet {
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles) {
        for (Role r : roles) Add(r);
    }
    void Add(Role role) { bits_.set(static_cast<std::size_t>(role)); }
    bool Has(Role role) const { return bits_.test(static_cast<std::size_t>(role)); }
    bool empty() const { return bits_.none(); }
    /// True when every role of `other` is also in this set.
    bool Contains(const RoleSet& other) const { return (other.bits_ & ~bits_).none(); }
    RoleSet Minus(const RoleSet& other) const {
        RoleSet out;
        out.bits_ = bits_ & ~other.bits_;
        return out;
    }
    RoleSet Intersect(const RoleSet& other) const {
        RoleSet out;
        out.bits_ = bits_ & other.bits_;
        return out;
    }
    RoleSet Union(const RoleSet& other) const {
        RoleSet out;
        out.bits_ = bits_ | other.bits_;
        return out;
    }
    std::vector<Role> ToVector() const;
    std::vector<std::string> Names() const;
    bool operator==(const RoleSet&) const = default;

private:
    std::bitset<kRoleCount> bits_;
};

}  // namespace kefu::auth
