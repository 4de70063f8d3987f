// The Equity Audit tab on the demo school: rows grouped by dimension, suppressed groups without a digit (not
// even in a tooltip), gaps said in words, the threshold remembered. With TUTORDESK_SCREENSHOT_DIR set, the
// tab is saved as a PNG.
#include "EquityTab.h"

#include "EquityModel.h"
#include "demo/DemoSchool.h"
#include "progress/Equity.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QRegularExpression>
#include <QTreeView>

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

class EquityTabTest : public test::TempDirTest {
protected:
    void SetUp() override
    {
        m_store = test::openStore(dbPath());
        ASSERT_TRUE(m_store);
        DemoOptions options;
        options.through = QDate(2026, 11, 20);
        ASSERT_TRUE(generateDemoSchool(*m_store, options).ok());
    }

    static void save(QWidget& widget, const char* name)
    {
        QApplication::processEvents();
        const QPixmap picture = widget.grab();
        ASSERT_FALSE(picture.isNull());
        const QString folder = qEnvironmentVariable("TUTORDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            EXPECT_TRUE(picture.save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png"))));
        }
    }

    std::unique_ptr<Store> m_store;
};

TEST_F(EquityTabTest, ShowsGroupsByDimensionAndNoDigitInASuppressedRow)
{
    EquityTab tab;
    tab.setToday(QDate(2026, 11, 20));
    tab.setStore(m_store.get());
    tab.resize(1400, 900);
    tab.show();
    const EquityModel& model = tab.model();
    ASSERT_EQ(model.rowCount(), 7); // the seven dimensions
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("EL status"));
    int groups = 0;
    int suppressed = 0;
    const QRegularExpression digit(QStringLiteral("\\d"));
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex dimension = model.index(d, 0);
        for (int g = 0; g < model.rowCount(dimension); ++g) {
            ++groups;
            if (!model.index(g, 0, dimension).data(EquityModel::SuppressedRole).toBool())
                continue;
            ++suppressed;
            EXPECT_TRUE(tab.view()->isFirstColumnSpanned(g, dimension));
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex cell = model.index(g, c, dimension);
                QString text = cell.data().toString() + cell.data(Qt::ToolTipRole).toString();
                text.remove(QStringLiteral("10"));
                EXPECT_FALSE(text.contains(digit)) << text.toStdString();
            }
        }
    }
    EXPECT_GT(groups, 20);
    EXPECT_GT(suppressed, 0); // the demo has fewer than 10 foster youth in need
    save(tab, "equity-audit");
}

TEST_F(EquityTabTest, GapsAreSaidInWordsAndTheThresholdIsRemembered)
{
    EquityTab tab;
    tab.setToday(QDate(2026, 11, 20));
    tab.setStore(m_store.get());
    tab.show();
    // The demo school seats no transitional kindergarten students.
    EXPECT_TRUE(tab.gapText().contains(QStringLiteral("TK students hold 0% of seats")))
        << tab.gapText().toStdString();
    tab.setThreshold(0.6);
    EXPECT_DOUBLE_EQ(Equity::gapThreshold(*m_store), 0.6);
    EquityTab again;
    again.setStore(m_store.get());
    again.show();
    EXPECT_DOUBLE_EQ(again.model().audit().threshold, 0.6);
}

TEST_F(EquityTabTest, SavesTheAuditAsAPdf)
{
    EquityTab tab;
    tab.setToday(QDate(2026, 11, 20));
    tab.setStore(m_store.get());
    tab.show();
    const QString path = file(QStringLiteral("equity.pdf"));
    EXPECT_GE(tab.savePdf(path), 1);
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

} // namespace
} // namespace tutordesk
