// The Progress page reads a large school's figures only when someone looks at it: taking attendance on
// another page must not wait for the 30-second view, the charts and the audit to be computed again.
#include "ProgressPage.h"

#include "ProgressTableModel.h"
#include "ProgressTableTab.h"
#include "core/progress/ProgressFixture.h"
#include "ui/UiFixtures.h"

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ProgressPageTest : public ProgressFixture {};

TEST_F(ProgressPageTest, AHiddenPageReadsTheSchoolWhenItIsShown)
{
    ProgressPage page;
    page.setToday(today());
    page.setStore(&store());
    EXPECT_EQ(page.tableTab()->studentModel()->rowCount(), 0) << "nothing read while hidden";

    page.resize(1200, 700);
    page.show();
    const int shown = page.tableTab()->studentModel()->rowCount();
    EXPECT_GT(shown, 0) << "read when shown";

    // A change elsewhere while the page is hidden is read when it is shown again.
    page.hide();
    store().db().execute("UPDATE enrollments SET status = 'paused', end_day = '2026-11-01'"
                         " WHERE id = (SELECT min(id) FROM enrollments WHERE status = 'active')");
    page.reload();
    EXPECT_EQ(page.tableTab()->studentModel()->rowCount(), shown) << "not read again while hidden";
    page.show();
    EXPECT_EQ(page.tableTab()->studentModel()->rowCount(), shown - 1) << "the paused seat left the view";
    page.setStore(nullptr);
}

} // namespace
} // namespace tutordesk::test
