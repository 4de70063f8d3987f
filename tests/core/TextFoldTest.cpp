#include "common/TextFold.h"

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

TEST(TextFold, IgnoresCaseAndAccents)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("José MUÑOZ")), QStringLiteral("jose munoz"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Nguyễn Thị Đào")), QStringLiteral("nguyen thi dao"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Zoë  O’Brien")), QStringLiteral("zoe o’brien"));
}

TEST(TextFold, KeepsOtherScriptsSearchable)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("김민준")), QStringLiteral("김민준"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Հակոբյան")), QStringLiteral("հակոբյան"));
    EXPECT_EQ(foldForSearch(QStringLiteral("مريم")), QStringLiteral("مريم"));
}

} // namespace
} // namespace tutordesk
