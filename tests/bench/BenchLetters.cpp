// Family letters on the large school (placeholder until the letters benchmark lands).
#include "BenchSchool.h"

#include <benchmark/benchmark.h>
