#include "ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutordesk {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_message(new QLabel(this))
    , m_save(new QToolButton(this))
    , m_print(new QToolButton(this))
{
    setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(title);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Tall enough for a row of week dates written upwards under the bars.
    m_view->setMinimumSize(360, 330);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartPanel::showMenu);

    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* heading = new QLabel(title, empty);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setAlignment(Qt::AlignCenter);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    emptyLayout->addStretch();
    emptyLayout->addWidget(heading);
    emptyLayout->addWidget(m_message);
    emptyLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    m_save->setText(tr("Save Chart as PNG…"));
    m_save->setAccessibleName(tr("Save %1 as PNG").arg(title));
    m_print->setText(tr("Print…"));
    m_print->setAccessibleName(tr("Print %1").arg(title));
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::saveAs);
    connect(m_print, &QToolButton::clicked, this, &ChartPanel::print);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    showMessage(QString());
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    // QChartView keeps no ownership of the chart it replaces.
    delete old;
    m_stack->setCurrentWidget(m_view);
    m_save->setEnabled(true);
    m_print->setEnabled(true);
}

void ChartPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(1);
    m_save->setEnabled(false);
    m_print->setEnabled(false);
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::showsMessage() const
{
    return m_stack->currentIndex() == 1;
}

QString ChartPanel::message() const
{
    return m_message->text();
}

bool ChartPanel::savePng(const QString& path) const
{
    if (showsMessage())
        return false;
    const QPixmap picture = m_view->grab();
    return !picture.isNull() && picture.save(path, "PNG");
}

void ChartPanel::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = m_title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"),
                                                      QDir(folder).filePath(name + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Chart not saved"),
                             tr("The chart could not be written to %1. Choose a folder you can write to and "
                                "try again.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::print()
{
    if (showsMessage())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    // Drawn at the view's size and scaled to the page so fonts keep their proportions.
    const QSize size = m_view->size().scaled(page.size(), Qt::KeepAspectRatio);
    painter.setViewport(page.x(), page.y(), size.width(), size.height());
    painter.setWindow(m_view->rect());
    m_view->render(&painter);
}

void ChartPanel::showMenu(const QPoint& at)
{
    QMenu menu(this);
    menu.addAction(tr("Save Chart as PNG…"), this, &ChartPanel::saveAs);
    menu.addAction(tr("Print…"), this, &ChartPanel::print);
    menu.exec(m_view->mapToGlobal(at));
}

} // namespace tutordesk
