// docket: the order desk window. Thin: options, database (asking for a
// PostgreSQL password when needed), sign-in, window.

#include "connectiondialog.h"
#include "db/database.h"
#include "domain/errors.h"
#include "i18n.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace docket;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Docket"));
    QCoreApplication::setOrganizationName(QStringLiteral("Docket"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("docket.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKET_VERSION));
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("main", "SQLite file or postgresql:// URL."),
        QStringLiteral("PATH|URL")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("main", "Language: en, zh_CN, zh_TW."),
                            QStringLiteral("CODE")};
    QCommandLineOption readOnly{
        QStringLiteral("read-only"),
        QCoreApplication::translate("main",
                                    "Open a SQLite file read-only (nothing can be changed).")};

    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Docket order desk"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(database);
        parser.addOption(lang);
        parser.addOption(readOnly);
    }
};

// --help and --version answer without a window, so without a display (on a
// server, over ssh): QApplication would abort there before printing a word.
bool onlyAsksForText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" ||
            a == "-v")
            return true;
        if (a == "--")
            break;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        // The help in the language the user chose, or that --lang names.
        QString lang = settings::language.value();
        for (int i = 1; i + 1 < argc; ++i)
            if (QByteArray(argv[i]) == "--lang")
                lang = QString::fromLocal8Bit(argv[i + 1]);
        installTranslators(app, lang);
        Options options;
        options.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("docket"));

    Options options;
    QCommandLineParser& parser = options.parser;
    const QCommandLineOption& dbOption = options.database;
    const QCommandLineOption& langOption = options.lang;
    const QCommandLineOption& readOnlyOption = options.readOnly;
    parser.process(app);

    const QString lang =
        parser.isSet(langOption) ? parser.value(langOption) : settings::language.value();
    // --lang wins over every user's stored choice for this session.
    if (parser.isSet(langOption))
        setLanguageOverride(lang);
    installTranslators(app, lang);
    applyTheme(app, settings::theme.value());

    QString target = parser.value(dbOption);
    const bool explicitTarget = !target.isEmpty();
    // DOCKET_DATABASE, else Settings → Default database, else the standard file.
    if (!explicitTarget)
        target = qEnvironmentVariableIsSet("DOCKET_DATABASE") ||
                         settings::defaultDatabase.value().isEmpty()
                     ? databaseFromEnvironment()
                     : settings::defaultDatabase.value();
    auto config = DatabaseConfig::fromString(target);
    config.readOnly = parser.isSet(readOnlyOption);
    // Only a database that is not there yet is created: the standard file on
    // a first start, or one the user named and agreed to create.
    bool create = false;
    if (config.backend == Backend::SQLite && !QFileInfo::exists(config.path) && !config.readOnly) {
        create = true;
        if (explicitTarget) {
            const auto answer = QMessageBox::question(
                nullptr, QApplication::translate("main", "New Database"),
                QApplication::translate("main", "There is no database at %1. Create a new one?")
                    .arg(QDir::toNativeSeparators(config.path)));
            if (answer != QMessageBox::Yes)
                return 1;
        } else {
            QDir().mkpath(QFileInfo(config.path).absolutePath());
        }
    }
    // A postgresql:// address without a password: asked for (never stored).
    QString error;
    const std::shared_ptr<Database> db = openDatabaseInteractively(nullptr, config, create, &error);
    if (!db) {
        if (error.isEmpty())
            return 0; // cancelled
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Database"),
                              error);
        return 1;
    }
    settings::lastDatabase.setValue(config.toString()); // never the password

    // The server's own sign-in (a Docket login role on PostgreSQL), else
    // Docket's (or, on a database without accounts, the first administrator);
    // cancelling quits.
    // While the password is judged, the window is built for the account
    // signing in (its first page loads meanwhile); shown once it is right.
    const std::unique_ptr<MainWindow> window = signInToWindow(db, &error);
    if (!window) {
        if (error.isEmpty())
            return 0;
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Sign In"), error);
        return 1;
    }
    window->show();
    return app.exec();
}
