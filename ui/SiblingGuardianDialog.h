#pragma once

#include "families/Guardians.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tutordesk {

class Store;

// "Add a sibling's guardian": a parent already on record for a brother or sister is linked to this
// student too, so that one phone number or language change reaches every child. Offers the
// guardians who share the family's last name or a phone (Guardians::candidates); a search finds
// anyone by name or phone.
class SiblingGuardianDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiblingGuardianDialog)

public:
    SiblingGuardianDialog(Store& store, std::int64_t studentId, QWidget* parent = nullptr);
    ~SiblingGuardianDialog() override;

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* candidateList() const { return m_list; }
    QComboBox* relationshipBox() const { return m_relationship; }
    QLabel* problemLabel() const { return m_problem; }
    // Links the chosen guardian; false (with the reason shown) when nothing is chosen or core refuses.
    bool save();
    void accept() override;

private:
    void search();

    Store& m_store;
    std::int64_t m_studentId = 0;
    std::vector<GuardianRecord> m_found;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QComboBox* m_relationship = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
