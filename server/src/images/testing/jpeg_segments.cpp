#include "images/testing/jpeg_segments.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace kefu::images::testing {
namespace {

// TIFF inside EXIF, little-endian ("II").
void PutLe16(std::string& out, unsigned value) {
    out.push_back(static_cast<char>(value & 0xFFU));
    out.push_back(static_cast<char>((value >> 8U) & 0xFFU));
}
void PutLe32(std::string& out, std::uint32_t value) {
    PutLe16(out, value & 0xFFFFU);
    PutLe16(out, value >> 16U);
}
// JPEG segment lengths are big-endian.
void PutBe16(std::string& out, std::size_t value) {
    out.push_back(static_cast<char>((value >> 8U) & 0xFFU));
    out.push_back(static_cast<char>(value & 0xFFU));
}

// TIFF field types.
constexpr unsigned kByte = 1;
constexpr unsigned kAscii = 2;
constexpr unsigned kShort = 3;
constexpr unsigned kLong = 4;
constexpr unsigned kRational = 5;

// One IFD entry; `value` holds the 4 inline bytes, or the offset of data stored after the IFD.
void PutEntry(
    std::string& out, unsigned tag, unsigned type, std::uint32_t count, std::string value) {
    PutLe16(out, tag);
    PutLe16(out, type);
    PutLe32(out, count);
    value.resize(4, '\0');
    out += value;
}
std::string Le32(std::uint32_t value) {
    std::string out;
    PutLe32(out, value);
    return out;
}
std::string Rationals(std::uint32_t a, std::uint32_t b, std::uint32_t c_num, std::uint32_t c_den) {
    std::string out;
    for (const auto& [num, den] : {std::pair{a, 1U}, std::pair{b, 1U}, std::pair{c_num, c_den}}) {
        PutLe32(out, num);
        PutLe32(out, den);
    }
    return out;
}

std::string App1(std::string_view payload) {
    std::string out("\xFF\xE1", 2);
    PutBe16(out, payload.size() + 2);
    out += payload;
    return out;
}

std::size_t SegmentLength(std::string_view jpeg, std::size_t at) {
    return (static_cast<std::size_t>(static_cast<unsigned char>(jpeg[at])) << 8U) |
           static_cast<unsigned char>(jpeg[at + 1]);
}

}  // namespace

std::vector<JpegSegment> SegmentsBeforeScan(std::string_view jpeg) {
    std::vector<JpegSegment> segments;
    if (!jpeg.starts_with(std::string_view("\xFF\xD8", 2))) return segments;
    std::size_t at = 2;
    while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        const std::size_t length = SegmentLength(jpeg, at + 2);
        if (length < 2 || at + 2 + length > jpeg.size()) break;
        segments.push_back({marker, std::string(jpeg.substr(at + 4, length - 2))});
        if (marker == 0xDA) break;
        at += 2 + length;
    }
    return segments;
}

std::string ExifSegment(int orientation) {
    constexpr std::uint32_t kIfd0 = 8;
    constexpr std::uint32_t kIfd0Entries = 3;
    constexpr std::uint32_t kMakeAt = kIfd0 + 2 + kIfd0Entries * 12 + 4;
    const std::string make("KefuPhone\0", 10);  // with its NUL
    const std::uint32_t gps_ifd = kMakeAt + static_cast<std::uint32_t>(make.size());
    constexpr std::uint32_t kGpsEntries = 5;
    const std::uint32_t latitude_at = gps_ifd + 2 + kGpsEntries * 12 + 4;
    const std::uint32_t longitude_at = latitude_at + 24;

    std::string tiff("II*\0", 4);
    PutLe32(tiff, kIfd0);
    PutLe16(tiff, kIfd0Entries);  // entries in ascending tag order, as TIFF requires
    PutEntry(tiff, 0x010F, kAscii, static_cast<std::uint32_t>(make.size()), Le32(kMakeAt));
    std::string orientation_value;
    PutLe16(orientation_value, static_cast<unsigned>(orientation));
    PutEntry(tiff, 0x0112, kShort, 1, orientation_value);
    PutEntry(tiff, 0x8825, kLong, 1, Le32(gps_ifd));
    PutLe32(tiff, 0);  // no next IFD (no thumbnail)
    tiff += make;
    PutLe16(tiff, kGpsEntries);
    PutEntry(tiff, 0x0000, kByte, 4, std::string("\x02\x03\x00\x00", 4));  // GPSVersionID
    PutEntry(tiff, 0x0001, kAscii, 2, "N");
    PutEntry(tiff, 0x0002, kRational, 3, Le32(latitude_at));
    PutEntry(tiff, 0x0003, kAscii, 2, "E");
    PutEntry(tiff, 0x0004, kRational, 3, Le32(longitude_at));
    PutLe32(tiff, 0);
    tiff += Rationals(36, 39, 5100, 100);
    tiff += Rationals(117, 7, 1200, 100);
    return App1(std::string("Exif\0\0", 6) + tiff);
}

std::string XmpSegment() {
    return App1(std::string("http://ns.adobe.com/xap/1.0/\0", 29) +
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                "xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"36,39.85N\" "
                "exif:GPSLongitude=\"117,7.2E\"/></rdf:RDF></x:xmpmeta>");
}

std::string InsertAfterSoi(std::string_view jpeg, std::string_view segments) {
    if (!jpeg.starts_with(std::string_view("\xFF\xD8", 2))) {
        throw std::invalid_argument("not a JPEG");
    }
    // Appended piece by piece: g++ 12 -O2 warns falsely (-Wrestrict) on a chain of operator+.
    std::string out;
    out.reserve(jpeg.size() + segments.size());
    out.append(jpeg.substr(0, 2)).append(segments).append(jpeg.substr(2));
    return out;
}

std::string WithFrameSize(std::string_view jpeg, int width, int height) {
    std::string out(jpeg);
    std::size_t at = 2;
    while (at + 4 <= out.size()) {
        const auto marker = static_cast<unsigned char>(out[at + 1]);
        if (marker == 0xC0 || marker == 0xC2) {  // baseline or progressive frame header
            // After the length: precision (1 byte), height, width (2 bytes each, big-endian).
            std::string size;
            PutBe16(size, static_cast<std::size_t>(height));
            PutBe16(size, static_cast<std::size_t>(width));
            out.replace(at + 5, 4, size);
            return out;
        }
        at += 2 + SegmentLength(out, at + 2);
    }
    throw std::invalid_argument("no frame header");
}

}  // namespace kefu::images::testing
