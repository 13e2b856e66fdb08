#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares, built by libFuzzer (scripts/fuzz) and by the replay in CTest.

// A property of the decoder under test, checked in every build (Release too, unlike Q_ASSERT):
// when it does not hold, the input is a finding, so the process aborts, which libFuzzer records
// as a crash and which fails the CTest replay.
#define FUZZ_CHECK(condition)                                                                      \
    ((condition) ? void() : fuzzCheckFailed(#condition, __FILE__, __LINE__))

[[noreturn]] void fuzzCheckFailed(const char *condition, const char *file, int line);

// The input as a QByteArray, without a copy: it lives as long as the call.
inline QByteArray fuzzInput(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
