#include "images/decode_slots.hpp"

#include <algorithm>

namespace kefu::images {

DecodeSlots::Slot DecodeSlots::Take() {
    std::unique_lock lock(mutex_);
    freed_.wait(lock, [this] { return free_ > 0; });
    --free_;
    ++in_use_;
    most_in_use_ = std::max(most_in_use_, in_use_);
    ++times_taken_;
    return Slot(*this);
}

int DecodeSlots::most_in_use() const {
    const std::scoped_lock lock(mutex_);
    return most_in_use_;
}

long long DecodeSlots::times_taken() const {
    const std::scoped_lock lock(mutex_);
    return times_taken_;
}

void DecodeSlots::Release() {
    {
        const std::scoped_lock lock(mutex_);
        ++free_;
        --in_use_;
    }
    freed_.notify_one();
}

DecodeSlots& PhotoDecodeSlots() {
    static DecodeSlots slots(kPhotoDecodesAtOnce);
    return slots;
}

}  // namespace kefu::images
