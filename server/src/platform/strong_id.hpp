// Strong id types: an id of one entity cannot be passed where another's is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace kefu {

/// A typed database id. `Tag` is an empty struct naming the entity.
template <class Tag>
class StrongId {
public:
    constexpr StrongId() = default;
    constexpr explicit StrongId(std::int64_t value) : value_(value) {}
    constexpr std::int64_t value() const { return value_; }
    constexpr bool valid() const { return value_ > 0; }
    constexpr auto operator<=>(const StrongId&) const = default;

private:
    std::int64_t value_ = 0;
};

struct StaffTag {};
struct UserTag {};
struct DealerTag {};
struct TrainingTag {};
using StaffId = StrongId<StaffTag>;        ///< a member of the department's staff
using UserId = StrongId<UserTag>;          ///< a login account
using DealerId = StrongId<DealerTag>;      ///< an external reseller
using TrainingId = StrongId<TrainingTag>;  ///< one training record

}  // namespace kefu

template <class Tag>
struct std::hash<kefu::StrongId<Tag>> {
    std::size_t operator()(const kefu::StrongId<Tag>& id) const noexcept {
        return std::hash<std::int64_t>{}(id.value());
    }
};
