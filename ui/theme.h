#pragma once

#include <QString>

class QApplication;

namespace docket {

// "system", "light" or "dark": Fusion style, a matching palette and Docket's
// stylesheet (which only uses palette colours).
void applyTheme(QApplication& app, const QString& theme);

} // namespace docket
