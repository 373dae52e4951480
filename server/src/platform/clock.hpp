// The injectable clock: services ask it for "now" so tests can move time.
#pragma once

#include <atomic>

#include "platform/date.hpp"

namespace kefu {

/// Source of the current time. Production uses SystemClock; tests use ManualClock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp Now() const = 0;
    /// Today's date in China, where the department works.
    Date Today() const { return ChinaDateOf(Now()); }
};

/// The wall clock.
class SystemClock final : public Clock {
public:
    Timestamp Now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

/// A clock that only moves when told to; thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Timestamp start) : now_(start.time_since_epoch().count()) {}
    Timestamp Now() const override { return Timestamp(std::chrono::seconds(now_.load())); }
    void Set(Timestamp at) { now_ = at.time_since_epoch().count(); }
    void Advance(std::chrono::seconds by) { now_ += by.count(); }

private:
    std::atomic<long long> now_;
};

}  // namespace kefu
