#pragma once

namespace tutordesk {

// Adds the fonts shipped in the program's own "fonts" folder (the Windows installer carries the Noto
// fonts there, for computers without Korean, Chinese, Armenian or Arabic-script fonts), so the window
// and printed letters find them. Does nothing where there is no such folder, as on Debian, whose
// package depends on the system's Noto fonts instead. Needs a QGuiApplication.
void addBundledFonts();

} // namespace tutordesk
