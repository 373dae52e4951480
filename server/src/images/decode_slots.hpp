// How many photos are decoded at once in the process. Decoding is CPU-bound (libvips already
// spreads one photo over its own worker threads) and its memory grows with the photo, so the
// HTTP server's many handler threads must not all decode together (ADR 0016).
#pragma once

#include <condition_variable>
#include <mutex>

namespace kefu::images {

/// A fixed number of slots; a caller waits for a free one. Safe to share between threads.
class DecodeSlots {
public:
    /// Gives its slot back when destroyed.
    class [[nodiscard]] Slot {
    public:
        explicit Slot(DecodeSlots& owner) : owner_(&owner) {}
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        ~Slot() { owner_->Release(); }

    private:
        DecodeSlots* owner_;
    };

    explicit DecodeSlots(int count) : free_(count) {}

    /// Waits until a slot is free and takes it.
    Slot Take();
    /// The most slots ever in use at the same time: what the tests check the bound by.
    int most_in_use() const;
    /// How many times a slot was taken: a photo refused from its header never takes one.
    long long times_taken() const;

private:
    void Release();

    mutable std::mutex mutex_;
    std::condition_variable freed_;
    int free_;
    int in_use_ = 0;
    int most_in_use_ = 0;
    long long times_taken_ = 0;
};

/// Photos decoded at once: two, the cores of the machine kefu was sized on. More would finish no
/// sooner and would hold more memory (~300 MiB for a 50 MP progressive JPEG, ADR 0016).
inline constexpr int kPhotoDecodesAtOnce = 2;

/// The process-wide slots ReencodePhoto decodes in.
DecodeSlots& PhotoDecodeSlots();

}  // namespace kefu::images
