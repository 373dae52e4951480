// The state-machine helper: a table of rows; illegal transitions refused naming state and event.
#include "platform/state_machine.hpp"

#include <gtest/gtest.h>

namespace kefu {
namespace {

enum class Door { kOpen, kClosed, kLocked };
enum class Push { kClose, kOpen, kLock, kUnlock };
constexpr auto kDoorNames = MakeEnumNames<Door>(
    {{Door::kOpen, "open"}, {Door::kClosed, "closed"}, {Door::kLocked, "locked"}});
constexpr auto kPushNames = MakeEnumNames<Push>({{Push::kClose, "close"},
                                                 {Push::kOpen, "open"},
                                                 {Push::kLock, "lock"},
                                                 {Push::kUnlock, "unlock"}});
struct Key {
    bool has_key = false;
};

using Machine = StateMachine<Door, Push, Key, 3, 4>;

Machine MakeDoor() {
    return Machine({{Door::kOpen, Push::kClose, Door::kClosed, "door.use"},
                    {Door::kClosed, Push::kOpen, Door::kOpen, "door.use"},
                    {Door::kClosed,
                     Push::kLock,
                     Door::kLocked,
                     "door.lock",
                     [](const Key& k) -> Result<void> {
                         if (k.has_key) return {};
                         return Fail(Error::FailedPrecondition("no key", {{"key", "required"}}));
                     }},
                    {Door::kLocked, Push::kUnlock, Door::kClosed, "door.lock"}},
                   kDoorNames,
                   kPushNames,
                   "a door");
}

const auto kEveryone = [](std::string_view) { return true; };

TEST(StateMachine, EveryCellOfTheTableExhaustively) {
    const Machine door = MakeDoor();
    int legal = 0;
    for (Door from : kDoorNames.Values()) {
        for (Push event : kPushNames.Values()) {
            auto to = door.Fire(from, event, kEveryone, Key{true});
            if (door.Find(from, event)) {
                ++legal;
                EXPECT_TRUE(to) << kDoorNames.Name(from) << " + " << kPushNames.Name(event);
            } else {
                ASSERT_FALSE(to);
                EXPECT_EQ(to.error().code(), ErrorCode::kFailedPrecondition);
                EXPECT_EQ(to.error().violations().at(0).reason, "illegal_transition");
                EXPECT_NE(to.error().message().find(kDoorNames.Name(from)), std::string::npos);
                EXPECT_NE(to.error().message().find(kPushNames.Name(event)), std::string::npos);
            }
        }
    }
    EXPECT_EQ(legal, 4);
}

TEST(StateMachine, TheActionAndTheGuardAreChecked) {
    const Machine door = MakeDoor();
    auto only_use = [](std::string_view action) { return action == "door.use"; };
    EXPECT_EQ(door.Fire(Door::kClosed, Push::kLock, only_use, Key{true}).error().code(),
              ErrorCode::kPermissionDenied);
    EXPECT_EQ(door.Fire(Door::kClosed, Push::kLock, kEveryone, Key{false}).error().message(),
              "no key");
    EXPECT_EQ(door.Fire(Door::kClosed, Push::kLock, kEveryone, Key{true}), Door::kLocked);
    EXPECT_EQ(door.EventsFrom(Door::kClosed), (std::vector<Push>{Push::kOpen, Push::kLock}));
}

TEST(StateMachine, ARefusalKeepsTheMachinesOwnReasonAndStillNamesStateAndEvent) {
    const Machine door({{Door::kOpen, Push::kClose, Door::kClosed, "door.use"}},
                       kDoorNames,
                       kPushNames,
                       "a door",
                       [](Door, Push) {
                           return FieldViolation{"door", "jammed"};
                       });
    auto refused = door.Fire(Door::kLocked, Push::kOpen, kEveryone, Key{});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(refused.error().violations(), (std::vector<FieldViolation>{{"door", "jammed"}}));
    EXPECT_NE(refused.error().message().find("locked"), std::string::npos);
    EXPECT_NE(refused.error().message().find("open"), std::string::npos);
}

}  // namespace
}  // namespace kefu
