#pragma once
// Catch2 v3 (vcpkg, Homebrew) or v2 (Debian bookworm).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
