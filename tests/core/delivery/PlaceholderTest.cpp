#include <gtest/gtest.h>

// Removed once this folder has a real test.
TEST(DeliveryPlaceholder, Builds)
{
    SUCCEED();
}
