#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace tutordesk::demo {

// Version-4 UUID text built from seeded draws, kept on the stack for the hot insert loops.
struct UuidText {
    std::array<char, 36> chars{};

    std::string_view view() const { return {chars.data(), chars.size()}; }
    QString toString() const
    {
        return QString::fromLatin1(chars.data(), static_cast<qsizetype>(chars.size()));
    }
};

// The demo's own seeded generator (xoshiro256**, seeded through SplitMix64) with every distribution
// written out here: the standard library's distributions are implementation-defined, and a seed must
// give the same school on every platform.
class DemoRandom final {
public:
    // Independent streams for one seed, so that a change in one part of the generator leaves the
    // draws of the other parts as they were.
    DemoRandom(std::uint64_t seed, std::uint64_t stream);

    std::uint64_t next();
    // 0 .. n-1, without modulo bias (Lemire's bounded multiply with rejection); n must be positive.
    int below(int n);
    // lo .. hi, both included.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1) with 53 random bits.
    double real();
    double real(double lo, double hi) { return lo + (hi - lo) * real(); }
    bool chance(double p) { return real() < p; }
    // Irwin-Hall: twelve uniforms less six. Only additions, so the result is the same bits everywhere,
    // which a Box-Muller transform (log, cos) does not promise across C libraries; the tails stop at
    // six standard deviations, which suits made-up school data.
    double normal(double mean = 0.0, double sd = 1.0);
    // An index drawn with the given (non-negative) weights.
    int weighted(const std::vector<double>& weights);

    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    // Fisher-Yates with this generator's draws.
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (int i = static_cast<int>(items.size()) - 1; i > 0; --i)
            std::swap(items[static_cast<std::size_t>(i)], items[static_cast<std::size_t>(below(i + 1))]);
    }

    UuidText uuid();
    // A string of decimal digits, the first one not zero.
    QString digits(int count);

private:
    std::array<std::uint64_t, 4> m_state{};
};

} // namespace tutordesk::demo
