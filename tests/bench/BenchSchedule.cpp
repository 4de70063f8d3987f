// Filled in by the schedule work (issue 4).
#include <benchmark/benchmark.h>
