#include "platform/thread_priority.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace kefu {

namespace {

constexpr int kWeakestNice = 19;

/// On Linux, PRIO_PROCESS with a thread id addresses that one thread (see setpriority(2), BUGS).
id_t ThisThread() { return static_cast<id_t>(::gettid()); }

}  // namespace

int ThisThreadsNiceValue() {
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, ThisThread());
    return errno == 0 ? nice : 0;
}

bool LowerThisThreadsPriority(int steps) {
    const int target = std::min(kWeakestNice, ThisThreadsNiceValue() + std::max(0, steps));
    return ::setpriority(PRIO_PROCESS, ThisThread(), target) == 0;
}

}  // namespace kefu
