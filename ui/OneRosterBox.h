#pragma once

#include <QGroupBox>

class QLineEdit;

namespace tutordesk {

// What a OneRoster import needs besides the export itself, which has fixed columns: the school
// when the export holds several, and an optional CSV of student-group flags.
class OneRosterBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneRosterBox)

public:
    explicit OneRosterBox(QWidget* parent = nullptr);
    ~OneRosterBox() override;

    QString org() const;
    QString flagsFile() const;
    void setStartFolder(const QString& folder) { m_folder = folder; }

    QLineEdit* orgField() const { return m_org; }
    QLineEdit* flagsField() const { return m_flags; }

Q_SIGNALS:
    void changed();

private:
    void chooseFlagsFile();

    QLineEdit* m_org = nullptr;
    QLineEdit* m_flags = nullptr;
    QString m_folder;
};

} // namespace tutordesk
