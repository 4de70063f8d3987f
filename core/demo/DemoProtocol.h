#pragma once

#include <QDate>

namespace tutordesk {
class Store;
}

namespace tutordesk::demo {

// The protocol as a coordinator who keeps up with it would leave it: every action the year's absences
// caused, the older ones resolved by the calls the demo logged (or marked done with a short note), a
// few of them left overdue, and the recent ones still open for the Today page. Runs inside the demo's
// transaction.
void followProtocol(Store& store, const QDate& through);

} // namespace tutordesk::demo
