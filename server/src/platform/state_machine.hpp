// A state machine whose transition table is data: from, event, to, the action allowed to fire it
// and an optional guard. Pure; illegal transitions are refused with an error naming the state and
// the event.
#pragma once

#include <fmt/core.h>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/enum_names.hpp"
#include "platform/error.hpp"

namespace kefu {

/// One row of a transition table. `action` is the name of the action the caller must hold
/// (checked by the caller's `can` function); `guard` may refuse with its own error.
template <class State, class Event, class Context>
struct Transition {
    using Guard = std::function<Result<void>(const Context&)>;
    // A constructor, not an aggregate: g++ 12 crashes on a defaulted std::function member.
    Transition(
        State from_state, Event on, State to_state, std::string_view needs, Guard check = nullptr)
        : from(from_state), event(on), to(to_state), action(needs), guard(std::move(check)) {}
    State from;
    Event event;
    State to;
    std::string_view action;
    Guard guard;
};

/// Fires events against a table. States and events are named through their EnumNames, so the
/// errors say "a job in state scheduled cannot take event close".
template <class State, class Event, class Context, std::size_t NS, std::size_t NE>
class StateMachine {
public:
    using Row = Transition<State, Event, Context>;
    /// The field and reason of the refusal of an illegal (state, event); lets a machine keep the
    /// reason codes its clients already know instead of illegal_transition.
    using Refusal = std::function<FieldViolation(State from, Event event)>;

    StateMachine(std::vector<Row> table,
                 const EnumNames<State, NS>& state_names,
                 const EnumNames<Event, NE>& event_names,
                 std::string_view subject,
                 Refusal refusal = nullptr)
        : table_(std::move(table)),
          state_names_(state_names),
          event_names_(event_names),
          subject_(subject),
          refusal_(std::move(refusal)) {}

    /// The row for (from, event), or nullptr when the table has none.
    const Row* Find(State from, Event event) const {
        for (const Row& row : table_) {
            if (row.from == from && row.event == event) return &row;
        }
        return nullptr;
    }

    /// The state after `event`. FAILED_PRECONDITION (field "status", reason
    /// "illegal_transition", or the machine's Refusal) when the table has no such row;
    /// PERMISSION_DENIED when `can` refuses the row's action; the guard's own error when it
    /// refuses.
    Result<State> Fire(State from,
                       Event event,
                       const std::function<bool(std::string_view action)>& can,
                       const Context& context) const {
        const Row* row = Find(from, event);
        if (row == nullptr) {
            return Fail(Error::FailedPrecondition(fmt::format("{} in state {} cannot take event {}",
                                                              subject_,
                                                              state_names_.Name(from),
                                                              event_names_.Name(event)),
                                                  {RefusalOf(from, event)}));
        }
        if (!can(row->action)) {
            return Fail(Error::PermissionDenied(fmt::format(
                "your roles do not allow {} (event {})", row->action, event_names_.Name(event))));
        }
        if (row->guard) KEFU_TRY(row->guard(context));
        return row->to;
    }

    /// Every event that may be fired from `from` (for the UI's buttons).
    std::vector<Event> EventsFrom(State from) const {
        std::vector<Event> out;
        for (const Row& row : table_) {
            if (row.from == from) out.push_back(row.event);
        }
        return out;
    }

    std::span<const Row> rows() const { return table_; }

private:
    FieldViolation RefusalOf(State from, Event event) const {
        if (refusal_) return refusal_(from, event);
        return {"status", "illegal_transition"};
    }

    std::vector<Row> table_;
    const EnumNames<State, NS>& state_names_;
    const EnumNames<Event, NE>& event_names_;
    std::string_view subject_;
    Refusal refusal_;
};

}  // namespace kefu
