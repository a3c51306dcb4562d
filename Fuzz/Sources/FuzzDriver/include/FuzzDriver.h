#ifndef GLEANER_FUZZ_DRIVER_H
#define GLEANER_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have their own `main`.
/// SwiftPM links executables with `main` aliased to `<Target>_main`, so each
/// target defines that symbol and hands control to libFuzzer through this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
