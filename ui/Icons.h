#pragma once

#include <QIcon>

namespace tutordesk {

// TutorDesk's own icons (SVG, from resources/icons), with a standard Qt icon in their place where
// the system lacks Qt's SVG plugin, so that no button or page is ever shown without one.
class Icons final {
public:
    static QIcon application();
    static QIcon today();
    static QIcon students();
    static QIcon contacts();
    static QIcon progress();
    static QIcon placement();
    static QIcon tutors();
    static QIcon schedule();
    static QIcon calendar();
    static QIcon sync();
    static QIcon school();
    static QIcon open();
    static QIcon demo();
};

} // namespace tutordesk
