// JPEG marker segments, written and read by hand: the tests splice in the metadata a phone
// writes (EXIF with GPS, XMP) and check, byte by byte, that none of it comes out again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kefu::images::testing {

/// One marker segment before the image data: its marker byte (0xE1 is APP1) and its payload.
struct JpegSegment {
    unsigned char marker = 0;
    std::string payload;
};

/// The segments between SOI and the first scan (SOS included, without its entropy-coded data);
/// empty when the bytes do not start as a JPEG.
std::vector<JpegSegment> SegmentsBeforeScan(std::string_view jpeg);

/// An APP1 EXIF segment as a phone writes it: IFD0 with Make and Orientation, and a GPS IFD
/// placing the photo in Jinan (36°39'51"N 117°07'12"E).
std::string ExifSegment(int orientation);

/// An APP1 XMP segment that repeats the GPS position, as some phones do.
std::string XmpSegment();

/// `jpeg` with `segments` inserted right after its SOI marker.
std::string InsertAfterSoi(std::string_view jpeg, std::string_view segments);

/// `jpeg` with the width and height of its frame header (SOF) replaced: what a pixel bomb
/// declares while its data stays small.
std::string WithFrameSize(std::string_view jpeg, int width, int height);

}  // namespace kefu::images::testing
