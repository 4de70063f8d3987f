#pragma once

#include "roster/CsvReader.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tutordesk {

// The first rows of a CSV file under its own headers, and how TutorDesk read it (encoding and
// delimiter in plain words), so the coordinator can see that names with accents came out right
// before anything is imported. Reading is core's CsvReader; this only shows.
class FilePreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePreview)

public:
    static constexpr int rowsShown = 10;

    explicit FilePreview(QWidget* parent = nullptr);
    ~FilePreview() override;

    // Reads the header and the first rows of `path`; the Error says why a file cannot be read.
    Result<CsvInfo> load(const QString& path);
    void clear();

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tutordesk
