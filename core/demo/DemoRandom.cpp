#include "demo/DemoRandom.h"

#include <utility>

namespace tutordesk::demo {

namespace {

std::uint64_t splitMix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    for (auto& word : m_state)
        word = splitMix64(x);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::below(int n)
{
    if (n <= 1)
        return 0;
    const auto range = static_cast<std::uint32_t>(n);
    auto draw = static_cast<std::uint32_t>(next() >> 32);
    std::uint64_t product = std::uint64_t(draw) * range;
    auto low = static_cast<std::uint32_t>(product);
    if (low < range) {
        const std::uint32_t threshold = (0u - range) % range;
        while (low < threshold) {
            draw = static_cast<std::uint32_t>(next() >> 32);
            product = std::uint64_t(draw) * range;
            low = static_cast<std::uint32_t>(product);
        }
    }
    return static_cast<int>(product >> 32);
}

double DemoRandom::real()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::normal(double mean, double sd)
{
    double sum = 0.0;
    for (int i = 0; i < 12; ++i)
        sum += real();
    return mean + sd * (sum - 6.0);
}

int DemoRandom::weighted(const std::vector<double>& weights)
{
    double total = 0.0;
    for (const double w : weights)
        total += w;
    double target = real() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return static_cast<int>(i);
        target -= weights[i];
    }
    // Rounding can leave the target just past the end: the last non-empty weight takes it.
    for (std::size_t i = weights.size(); i > 0; --i) {
        if (weights[i - 1] > 0.0)
            return static_cast<int>(i - 1);
    }
    return 0;
}

UuidText DemoRandom::uuid()
{
    std::array<unsigned char, 16> bytes{};
    const std::uint64_t high = next();
    const std::uint64_t low = next();
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(high >> (56 - 8 * i));
        bytes[static_cast<std::size_t>(i + 8)] = static_cast<unsigned char>(low >> (56 - 8 * i));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    UuidText out;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.chars[pos++] = '-';
        out.chars[pos++] = hex[bytes[i] >> 4];
        out.chars[pos++] = hex[bytes[i] & 0x0f];
    }
    return out;
}

QString DemoRandom::digits(int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(static_cast<char>('0' + (i == 0 ? between(1, 9) : below(10)))));
    return text;
}

} // namespace tutordesk::demo
