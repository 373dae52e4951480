#include "platform/media_type.hpp"

#include <array>
#include <cstddef>

namespace kefu {
namespace {

// A file signature: a prefix, and for container formats a second mark further in.
struct Signature {
    std::string_view media_type;
    std::string_view prefix;
    std::size_t mark_offset = 0;
    std::string_view mark = {};
};

// JPEG: start of image followed by a marker; PNG: the 8-byte signature that catches text-mode
// transfers; WebP: a RIFF container (the 4 bytes after "RIFF" are its size); PDF: its header;
// ZIP (also .docx/.xlsx): a local file header.
constexpr std::array kSignatures = {
    Signature{"image/jpeg", std::string_view("\xFF\xD8\xFF", 3)},
    Signature{"image/png", std::string_view("\x89PNG\r\n\x1A\n", 8)},
    Signature{"image/webp", "RIFF", 8, "WEBP"},
    Signature{"application/pdf", "%PDF-"},
    Signature{"application/zip", std::string_view("PK\x03\x04", 4)},
};

}  // namespace

std::string MediaTypeOf(std::string_view content_type) {
    std::string out;
    for (const char c : content_type.substr(0, content_type.find(';'))) {
        if (c == ' ' || c == '\t') continue;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

std::string_view SniffMediaType(std::string_view bytes) {
    for (const Signature& s : kSignatures) {
        if (!bytes.starts_with(s.prefix)) continue;
        if (s.mark.empty() ||
            (bytes.size() >= s.mark_offset && bytes.substr(s.mark_offset).starts_with(s.mark))) {
            return s.media_type;
        }
    }
    return {};
}

}  // namespace kefu
