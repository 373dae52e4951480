// Photos made in code for the tests and the bench: nothing is downloaded, and every property a
// test relies on (size, orientation, transparency, metadata) is set here where it can be read.
#pragma once

#include <string>
#include <string_view>

namespace kefu::images::testing {

/// A JPEG of width × height pixels (3 bands, no metadata) whose top-left quadrant is white and
/// the rest a dark, slightly noisy gradient, so a turned image shows where its corner went.
std::string MarkedJpeg(int width, int height, int quality = 90);

/// A photo-like JPEG: three bands of random 1/f texture, which compresses and decodes like a
/// camera photo (12 MP at quality 92 is ~2.7 MB, as phones save). Different on every call, and
/// a few seconds to make at 12 MP: for the bench.
std::string CameraJpeg(int width, int height, int quality = 92);

/// A JPEG of one colour (3 bands, no metadata).
std::string SolidJpeg(int width, int height, int red, int green, int blue);

/// `jpeg` re-saved with one of libvips' built-in colour profiles ("srgb", "p3", "cmyk")
/// embedded, as a phone embeds Display P3: the same numbers, declared to mean other colours.
std::string WithIccProfile(std::string_view jpeg, const char* builtin_profile);

/// A PNG of width × height pixels; with alpha its left half is fully transparent red.
std::string RgbaPng(int width, int height, bool alpha);

/// A 16-bit grey PNG with alpha (what some drawing apps export).
std::string Grey16AlphaPng(int width, int height);

/// `image` decoded and saved again in the format and with the options of a libvips file suffix,
/// e.g. ".webp[Q=90]", ".png[interlace]" or ".jpg[Q=92,interlace]" (progressive).
std::string Resaved(std::string_view image, const char* suffix);

/// A complete, valid PNG of width × height black pixels at 1 bit per pixel, deflated: a
/// 30000 × 30000 one is ~110 KB and would inflate to 900 million pixels.
std::string PngPixelBomb(int width, int height);

}  // namespace kefu::images::testing
