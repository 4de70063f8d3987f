#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tutordesk {

class Store;

// The one school a TutorDesk database belongs to.
struct SchoolInfo {
    QString districtCode;
    QString schoolCode;
    QString name;
    QString address;
    QString phone;
    QString coordinator;
    QDate yearStart;
    QDate yearEnd;
};

class School final {
public:
    // The school year that holds `day`: mid-August to mid-June, as most California districts.
    static std::pair<QDate, QDate> defaultYearAround(const QDate& day);

    // Sets the school up in an empty database; refuses a second school or missing fields.
    static Result<void> create(Store& store, const SchoolInfo& info);
    static std::optional<SchoolInfo> load(Store& store);
    // The details families see on letters: name, address, phone and the coordinator's name. The codes
    // and the year are not changed here (sessions and exports depend on them).
    static Result<void> updateDetails(Store& store, const SchoolInfo& info);
};

} // namespace tutordesk
