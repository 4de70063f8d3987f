#pragma once

#include "common/Result.h"
#include "school/School.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace tutordesk {

// "Set up my school": the school's name and codes, the school year, and where its database file
// goes. OK hands the answers to a creator (core's set-up, in the app); when core refuses, its
// message is shown in the dialog and the coordinator can correct the answers.
class NewSchoolDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSchoolDialog)

public:
    using Creator = std::function<Result<void>(const QString& path, const SchoolInfo& info)>;

    NewSchoolDialog(const QString& suggestedPath, Creator creator, QWidget* parent = nullptr);
    ~NewSchoolDialog() override;

    SchoolInfo schoolInfo() const;
    QString path() const { return m_path; }
    // Core's refusal of the last OK, or empty.
    QString errorText() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* codeField() const { return m_code; }
    QLineEdit* districtField() const { return m_district; }
    QDateEdit* yearStartField() const { return m_yearStart; }
    QDateEdit* yearEndField() const { return m_yearEnd; }

public Q_SLOTS:
    void accept() override;

private:
    void chooseLocation();
    void setPath(const QString& path);

    Creator m_create;
    QString m_path;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_district = nullptr;
    QDateEdit* m_yearStart = nullptr;
    QDateEdit* m_yearEnd = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tutordesk
