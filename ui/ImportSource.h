#pragma once

#include "ImportKind.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace tutordesk {

class FilePreview;
class MappingTable;
class OneRosterBox;
class Session;

// The "what to import" half of the import dialog: the file (or OneRoster zip or folder), and for
// CSV which column is which (core's saved or proposed mapping, editable) beside the file's first
// rows. It says what would be imported; the dialog checks and imports it.
class ImportSource final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSource)

public:
    ImportSource(const ImportKind& kind, Session& session, QWidget* parent = nullptr);
    ~ImportSource() override;

    // Shows the file; false (after problem()) when it cannot be read.
    bool setFile(const QString& path);
    // Reads the file again (it may have been fixed since), keeping the columns chosen by name.
    bool refresh();
    bool isReady() const { return m_ready; }
    QString path() const;
    // The path and the mapping, or OneRoster's options.
    void fill(ImportRequest& request) const;

    QLineEdit* fileField() const { return m_file; }
    MappingTable* mappingTable() const { return m_mapping; }
    FilePreview* preview() const { return m_preview; }

Q_SIGNALS:
    // Something that changes what would be imported: the last check no longer holds.
    void changed();
    void problem(const QString& message);

private:
    void choose(bool folder);
    bool isOneRoster() const;
    bool fail(const QString& message);

    const ImportKind& m_kind;
    Session& m_session;
    QLineEdit* m_file = nullptr;
    QLabel* m_mappingSource = nullptr;
    OneRosterBox* m_oneRoster = nullptr;
    MappingTable* m_mapping = nullptr;
    FilePreview* m_preview = nullptr;
    QWidget* m_csv = nullptr;
    bool m_ready = false;
};

} // namespace tutordesk
