#include "settingsdialog.h"

#include "db/database.h"
#include "formparts.h"
#include "i18n.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
QLabel* noteLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setObjectName(QStringLiteral("settingsNote"));
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

QHBoxLayout* withButton(QWidget* field, QWidget* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    return row;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // --- General ---
    m_general = new QWidget(this);
    m_language = new QComboBox(m_general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString()); // "System default", text in retranslate()
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code); // native names: never translated
    m_languageLabel = new QLabel(m_general);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = noteLabel(m_general);
    m_theme = new QComboBox(m_general);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const char* code : {"system", "light", "dark"})
        m_theme->addItem(QString(), QString::fromLatin1(code));
    m_themeLabel = new QLabel(m_general);
    m_themeLabel->setBuddy(m_theme);
    m_database = new QLineEdit(m_general);
    m_database->setObjectName(QStringLiteral("defaultDatabase"));
    m_database->setPlaceholderText(QDir::toNativeSeparators(defaultDatabasePath()));
    m_database->setClearButtonEnabled(true);
    m_databaseBrowse = new QPushButton(m_general);
    m_databaseBrowse->setObjectName(QStringLiteral("defaultDatabaseBrowse"));
    m_databaseLabel = new QLabel(m_general);
    m_databaseLabel->setBuddy(m_database);
    m_databaseNote = noteLabel(m_general);
    auto* general = new QFormLayout(m_general);
    general->addRow(m_languageLabel, m_language);
    general->addRow(QString(), m_languageNote);
    general->addRow(m_themeLabel, m_theme);
    general->addRow(m_databaseLabel, withButton(m_database, m_databaseBrowse));
    general->addRow(QString(), m_databaseNote);

    // --- Orders ---
    m_orders = new QWidget(this);
    m_unpaidHours = new QSpinBox(m_orders);
    m_unpaidHours->setObjectName(QStringLiteral("overdueUnpaidHours"));
    m_unpaidHours->setRange(1, 24 * 365);
    m_unpaidLabel = new QLabel(m_orders);
    m_unpaidLabel->setBuddy(m_unpaidHours);
    m_unshippedDays = new QSpinBox(m_orders);
    m_unshippedDays->setObjectName(QStringLiteral("overdueUnshippedDays"));
    m_unshippedDays->setRange(1, 365);
    m_unshippedLabel = new QLabel(m_orders);
    m_unshippedLabel->setBuddy(m_unshippedDays);
    m_overdueNote = noteLabel(m_orders);
    auto* orders = new QFormLayout(m_orders);
    orders->addRow(m_unpaidLabel, m_unpaidHours);
    orders->addRow(m_unshippedLabel, m_unshippedDays);
    orders->addRow(QString(), m_overdueNote);

    // --- Shop ---
    m_shop = new QWidget(this);
    m_shopName = new QLineEdit(m_shop);
    m_shopName->setObjectName(QStringLiteral("shopName"));
    m_shopNameLabel = new QLabel(m_shop);
    m_shopNameLabel->setBuddy(m_shopName);
    m_shopAddress = new QPlainTextEdit(m_shop);
    m_shopAddress->setObjectName(QStringLiteral("shopAddress"));
    m_shopAddress->setTabChangesFocus(true);
    m_shopAddress->setFixedHeight(m_shopAddress->fontMetrics().lineSpacing() * 5 + 12);
    m_shopAddressLabel = new QLabel(m_shop);
    m_shopAddressLabel->setBuddy(m_shopAddress);
    m_shopEmail = new QLineEdit(m_shop);
    m_shopEmail->setObjectName(QStringLiteral("shopEmail"));
    m_shopEmailLabel = new QLabel(m_shop);
    m_shopEmailLabel->setBuddy(m_shopEmail);
    m_shopPhone = new QLineEdit(m_shop);
    m_shopPhone->setObjectName(QStringLiteral("shopPhone"));
    m_shopPhoneLabel = new QLabel(m_shop);
    m_shopPhoneLabel->setBuddy(m_shopPhone);
    auto* shop = new QFormLayout(m_shop);
    shop->addRow(m_shopNameLabel, m_shopName);
    shop->addRow(m_shopAddressLabel, m_shopAddress);
    shop->addRow(m_shopEmailLabel, m_shopEmail);
    shop->addRow(m_shopPhoneLabel, m_shopPhone);

    // --- Backup ---
    m_backup = new QWidget(this);
    m_backupFolder = new QLineEdit(m_backup);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setClearButtonEnabled(true);
    m_backupBrowse = new QPushButton(m_backup);
    m_backupBrowse->setObjectName(QStringLiteral("backupFolderBrowse"));
    m_backupFolderLabel = new QLabel(m_backup);
    m_backupFolderLabel->setBuddy(m_backupFolder);
    m_backupDaily = new QCheckBox(m_backup);
    m_backupDaily->setObjectName(QStringLiteral("backupDaily"));
    m_backupKeep = new QSpinBox(m_backup);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeepLabel = new QLabel(m_backup);
    m_backupKeepLabel->setBuddy(m_backupKeep);
    m_backupNote = noteLabel(m_backup);
    auto* backup = new QFormLayout(m_backup);
    backup->addRow(m_backupFolderLabel, withButton(m_backupFolder, m_backupBrowse));
    backup->addRow(QString(), m_backupDaily);
    backup->addRow(m_backupKeepLabel, m_backupKeep);
    backup->addRow(QString(), m_backupNote);

    for (QWidget* page : {m_general, m_orders, m_shop, m_backup})
        m_tabs->addTab(page, QString());

    m_error = form::errorLabel(this);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_databaseBrowse, &QPushButton::clicked, this, &SettingsDialog::browseDatabase);
    connect(m_backupBrowse, &QPushButton::clicked, this, &SettingsDialog::browseBackupFolder);
    connect(m_backupDaily, &QCheckBox::toggled, this, &SettingsDialog::updateBackupControls);

    load();
    retranslate();
    updateBackupControls();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void SettingsDialog::load()
{
    const int lang = m_language->findData(settings::language.value());
    m_language->setCurrentIndex(std::max(lang, 0));
    m_appliedLanguage = m_language->currentData().toString();
    const int theme = m_theme->findData(settings::theme.value());
    m_theme->setCurrentIndex(std::max(theme, 0));
    m_database->setText(QDir::toNativeSeparators(settings::defaultDatabase.value()));
    m_unpaidHours->setValue(settings::overdueUnpaidHours.value());
    m_unshippedDays->setValue(settings::overdueUnshippedDays.value());
    m_shopName->setText(settings::shopNameText());
    m_shopAddress->setPlainText(settings::shopAddress.value());
    m_shopEmail->setText(settings::shopEmail.value());
    m_shopPhone->setText(settings::shopPhone.value());
    m_backupFolder->setText(QDir::toNativeSeparators(settings::backupFolder.value()));
    m_backupDaily->setChecked(settings::backupDaily.value());
    m_backupKeep->setValue(settings::backupKeep.value());
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("&General"));
    m_tabs->setTabText(m_tabs->indexOf(m_orders), tr("&Orders"));
    m_tabs->setTabText(m_tabs->indexOf(m_shop), tr("S&hop"));
    m_tabs->setTabText(m_tabs->indexOf(m_backup), tr("&Backup"));

    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("Dates and numbers follow the language's conventions. Dialogs "
                               "opened from now on use the new language at once; menus and "
                               "pages already open switch after a restart."));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_databaseLabel->setText(tr("&Default database:"));
    m_database->setAccessibleName(tr("Default database"));
    m_databaseBrowse->setText(tr("Bro&wse…"));
    m_databaseBrowse->setAccessibleName(tr("Choose the default database file"));
    m_databaseNote->setText(tr("A SQLite file or a postgresql:// address. Docket opens it at "
                               "start when no other database is named on the command line or "
                               "in DOCKET_DATABASE; empty means the standard file shown. Takes "
                               "effect at the next start."));

    m_unpaidLabel->setText(tr("&Unpaid after:"));
    m_unpaidHours->setSuffix(tr(" hours"));
    m_unpaidHours->setAccessibleName(tr("Overdue when unpaid after, in hours"));
    m_unshippedLabel->setText(tr("Not &shipped after:"));
    m_unshippedDays->setSuffix(tr(" days"));
    m_unshippedDays->setAccessibleName(tr("Overdue when not shipped after, in days"));
    m_overdueNote->setText(tr("Orders awaiting payment or shipment longer than this are "
                              "highlighted as overdue and found by the Overdue filter."));

    m_shopNameLabel->setText(tr("Shop &name:"));
    m_shopName->setAccessibleName(tr("Shop name"));
    m_shopAddressLabel->setText(tr("&Address:"));
    m_shopAddress->setAccessibleName(tr("Shop address"));
    m_shopAddress->setPlaceholderText(tr("Street\nPostcode and city\nCountry"));
    m_shopEmailLabel->setText(tr("&Email:"));
    m_shopEmail->setAccessibleName(tr("Shop email"));
    m_shopPhoneLabel->setText(tr("&Phone:"));
    m_shopPhone->setAccessibleName(tr("Shop phone"));
    m_shop->setToolTip(tr("Printed on invoices and packing slips"));

    m_backupFolderLabel->setText(tr("Backup &folder:"));
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupFolder->setPlaceholderText(tr("Choose a folder, ideally on another disk"));
    m_backupBrowse->setText(tr("Brow&se…"));
    m_backupBrowse->setAccessibleName(tr("Choose the backup folder"));
    m_backupDaily->setText(tr("Back up &daily while Docket is open"));
    m_backupKeepLabel->setText(tr("&Keep:"));
    m_backupKeep->setSuffix(tr(" backups"));
    m_backupKeep->setAccessibleName(tr("Number of daily backups to keep"));
    m_backupNote->setText(tr("One backup a day, named docket-YYYYMMDD-HHMMSS.db; the oldest "
                             "beyond this number are deleted. File → Back Up… makes one any "
                             "time."));
    // The standard buttons translate themselves (Qt's own translations).
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::updateBackupControls()
{
    m_backupKeep->setEnabled(m_backupDaily->isChecked());
    m_backupKeepLabel->setEnabled(m_backupDaily->isChecked());
}

void SettingsDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SettingsDialog::browseDatabase()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Default Database"),
        m_database->text().isEmpty() ? defaultDatabasePath() : m_database->text(),
        tr("Docket databases (*.db *.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_database->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::browseBackupFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Backup Folder"),
        m_backupFolder->text().isEmpty() ? QDir::homePath() : m_backupFolder->text());
    if (!chosen.isEmpty())
        m_backupFolder->setText(QDir::toNativeSeparators(chosen));
}

bool SettingsDialog::apply()
{
    setError({});
    const QString database = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (!database.isEmpty() && DatabaseConfig::fromString(database).backend == Backend::SQLite &&
        !QFileInfo(database).absoluteDir().exists()) {
        m_tabs->setCurrentWidget(m_general);
        m_database->setFocus();
        setError(tr("Default database: the folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(QFileInfo(database).absolutePath())));
        return false;
    }
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    if (m_backupDaily->isChecked() && folder.isEmpty()) {
        m_tabs->setCurrentWidget(m_backup);
        m_backupFolder->setFocus();
        setError(tr("Backup folder: choose a folder for the daily backups."));
        return false;
    }
    if (!folder.isEmpty() && !QDir(folder).exists() && !QDir().mkpath(folder)) {
        m_tabs->setCurrentWidget(m_backup);
        m_backupFolder->setFocus();
        setError(tr("Backup folder: %1 does not exist and cannot be created.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }

    const QString language = m_language->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    settings::language.setValue(language);
    settings::theme.setValue(theme);
    settings::defaultDatabase.setValue(database);
    settings::overdueUnpaidHours.setValue(m_unpaidHours->value());
    settings::overdueUnshippedDays.setValue(m_unshippedDays->value());
    settings::setShopNameText(m_shopName->text().trimmed());
    settings::shopAddress.setValue(m_shopAddress->toPlainText().trimmed());
    settings::shopEmail.setValue(m_shopEmail->text().trimmed());
    settings::shopPhone.setValue(m_shopPhone->text().trimmed());
    settings::backupFolder.setValue(folder);
    settings::backupDaily.setValue(m_backupDaily->isChecked());
    settings::backupKeep.setValue(m_backupKeep->value());

    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        if (language != m_appliedLanguage) {
            if (language.isEmpty())
                QLocale::setDefault(QLocale::system());
            installTranslators(*app, language); // posts QEvent::LanguageChange
            m_appliedLanguage = language;
        }
        applyTheme(*app, theme);
    }
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace docket
