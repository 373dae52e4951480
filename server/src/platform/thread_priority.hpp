// Background threads: work that may take a core only while nobody else wants it.
#pragma once

namespace kefu {

/// Raises the calling thread's nice value by `steps` (Linux: every thread has its own), up to
/// the weakest priority; false when the system refuses. Other threads keep theirs.
bool LowerThisThreadsPriority(int steps);

/// The calling thread's nice value (0 for a thread started normally).
int ThisThreadsNiceValue();

}  // namespace kefu
