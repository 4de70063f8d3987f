#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QPrinter;
class QWidget;

namespace tutordesk {

// Printing a report (the weekly review, the equity audit) and saving it as a PDF from the tab that shows it:
// the print dialog, the save dialog that remembers its folder, and a sentence for the coordinator on how it
// went (message()).
class ReportOutput final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportOutput)

public:
    // `folderKey`: the QSettings key remembering where this report was last saved.
    ReportOutput(QWidget* parent, QString folderKey);
    ~ReportOutput() override;

    // Opens the print dialog, then prints `html` titled `title` when the coordinator accepts.
    void askToPrint(const QString& html, const QString& title);
    // Asks where to save (suggesting `fileName` in the remembered folder), then saves.
    void askToSavePdf(const QString& html, const QString& title, const QString& fileName);
    // Saves without asking; the page count, 0 when it could not (the reason is in message()).
    int savePdf(const QString& path, const QString& html, const QString& title);

Q_SIGNALS:
    void message(const QString& text, bool problem);

private:
    QWidget* m_parent;
    QString m_folderKey;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace tutordesk
