#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace docket {

// Languages Docket ships, as (code, native name): en, zh_CN, zh_TW.
QList<std::pair<QString, QString>> availableLanguages();
// Installs Qt's own and Docket's translators for `language` ("zh_CN"; empty =
// the system locale), replacing earlier ones, and sets the default QLocale.
// Returns the language actually used.
QString installTranslators(QCoreApplication& app, const QString& language = {});

} // namespace docket
