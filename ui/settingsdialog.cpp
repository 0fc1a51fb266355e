#include "settingsdialog.h"

#include "domain/errors.h"
#include "domain/shopcurrency.h"
#include "formparts.h"
#include "i18n.h"
#include "settings.h"
#include "shoplisteditor.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"
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
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
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

void repolish(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

SettingsDialog::SettingsDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // --- Personal: mine, on this computer ---
    m_personal = new QWidget(this);
    m_personal->setObjectName(QStringLiteral("personalTab"));
    m_personalNote = noteLabel(m_personal);
    m_language = new QComboBox(m_personal);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString()); // "System default", text in retranslate()
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code); // native names: never translated
    m_languageLabel = new QLabel(m_personal);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = noteLabel(m_personal);
    m_theme = new QComboBox(m_personal);
    m_theme->setObjectName(QStringLiteral("theme"));
    for (const char* code : {"system", "light", "dark"})
        m_theme->addItem(QString(), QString::fromLatin1(code));
    m_themeLabel = new QLabel(m_personal);
    m_themeLabel->setBuddy(m_theme);
    m_database = new QLineEdit(m_personal);
    m_database->setObjectName(QStringLiteral("defaultDatabase"));
    m_database->setPlaceholderText(QDir::toNativeSeparators(defaultDatabasePath()));
    m_database->setClearButtonEnabled(true);
    m_databaseBrowse = new QPushButton(m_personal);
    m_databaseBrowse->setObjectName(QStringLiteral("defaultDatabaseBrowse"));
    m_databaseLabel = new QLabel(m_personal);
    m_databaseLabel->setBuddy(m_database);
    m_databaseNote = noteLabel(m_personal);
    m_backupFolder = new QLineEdit(m_personal);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setClearButtonEnabled(true);
    m_backupBrowse = new QPushButton(m_personal);
    m_backupBrowse->setObjectName(QStringLiteral("backupFolderBrowse"));
    m_backupFolderLabel = new QLabel(m_personal);
    m_backupFolderLabel->setBuddy(m_backupFolder);
    m_backupNote = noteLabel(m_personal);
    auto* personalLayout = new QVBoxLayout(m_personal);
    personalLayout->addWidget(m_personalNote);
    auto* personal = new QFormLayout;
    personal->addRow(m_languageLabel, m_language);
    personal->addRow(QString(), m_languageNote);
    personal->addRow(m_themeLabel, m_theme);
    personal->addRow(m_databaseLabel, withButton(m_database, m_databaseBrowse));
    personal->addRow(QString(), m_databaseNote);
    personal->addRow(m_backupFolderLabel, withButton(m_backupFolder, m_backupBrowse));
    personal->addRow(QString(), m_backupNote);
    personalLayout->addLayout(personal);
    personalLayout->addStretch(1);

    // --- Shop: everyone's, in the database ---
    m_shop = new QWidget(this);
    m_shop->setObjectName(QStringLiteral("shopTab"));
    m_shopNote = new QLabel(m_shop);
    m_shopNote->setObjectName(QStringLiteral("shopNote"));
    m_shopNote->setWordWrap(true);
    m_shopReadOnly = !m_db || !m_session.can(Permission::ChangeSettings);
    buildShop();

    m_tabs->addTab(m_personal, QString());
    m_tabs->addTab(m_shop, QString());

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

    load();
    retranslate();
    // Wide enough for the lists' tables; the shop part scrolls, the screen sets the height:
    // 720 where the screen has room, enough for both lists (payments and carriers) at once
    // with the taller rows of a Chinese font.
    const QRect screen = this->screen()->availableGeometry();
    resize(std::max(sizeHint().width(), 720),
           std::min(std::max(sizeHint().height(), 720), screen.height() * 9 / 10));
}

// One field per shop::Key, in the registry's order, in a group box per group.
// The note stays at the top; the groups scroll under it.
void SettingsDialog::buildShop()
{
    auto* outer = new QVBoxLayout(m_shop);
    outer->addWidget(m_shopNote);
    auto* scroll = new QScrollArea(m_shop);
    scroll->setObjectName(QStringLiteral("shopScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("shopPage"));
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    QHash<QString, QFormLayout*> forms;
    for (const shop::Key* key : shop::keys()) {
        const QString group = QString::fromLatin1(key->group);
        QFormLayout* form = forms.value(group);
        if (!form) {
            auto* box = new QGroupBox(page);
            m_shopGroups << qMakePair(box, key);
            form = new QFormLayout(box);
            forms.insert(group, form);
            v->addWidget(box);
        }
        QWidget* field = nullptr;
        bool fullWidth = false;
        switch (key->kind) {
        case shop::Kind::PaymentMethods:
        case shop::Kind::Carriers: {
            // A table, one row an entry (see ShopListEditor).
            auto* e = new ShopListEditor(key->kind == shop::Kind::PaymentMethods
                                             ? ShopListEditor::List::PaymentMethods
                                             : ShopListEditor::List::Carriers,
                                         page);
            e->setReadOnly(m_shopReadOnly);
            field = e;
            fullWidth = true;
            break;
        }
        case shop::Kind::Text:
        case shop::Kind::Email: {
            auto* e = new QLineEdit(m_shop);
            e->setMaxLength(int(key->max));
            e->setReadOnly(m_shopReadOnly);
            field = e;
            break;
        }
        case shop::Kind::Lines:
        case shop::Kind::DeadlineOverrides: {
            // An address, or the time limits per channel (one a line).
            auto* e = new QPlainTextEdit(m_shop);
            e->setTabChangesFocus(true);
            const int lines = key->kind == shop::Kind::Lines ? 4 : 6;
            e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
            if (key->kind != shop::Kind::Lines)
                e->setLineWrapMode(QPlainTextEdit::NoWrap);
            e->setReadOnly(m_shopReadOnly);
            field = e;
            break;
        }
        case shop::Kind::Whole: {
            auto* e = new QSpinBox(m_shop);
            e->setRange(int(key->min), int(key->max));
            e->setReadOnly(m_shopReadOnly);
            if (m_shopReadOnly)
                e->setButtonSymbols(QAbstractSpinBox::NoButtons);
            field = e;
            break;
        }
        case shop::Kind::Flag: {
            auto* e = new QCheckBox(m_shop);
            e->setEnabled(!m_shopReadOnly);
            field = e;
            break;
        }
        }
        field->setObjectName(key->id());
        auto* label = new QLabel(m_shop);
        label->setBuddy(field);
        m_shopFields.insert(key, field);
        m_shopLabels.insert(key, label);
        if (fullWidth) {
            // A list has a group of its own (Payments, Shipping), whose title
            // names it, and its table's headings name the fields: no label
            // row over it, so that both tables fit on the page whole.
            label->hide();
            form->addRow(field);
        } else {
            form->addRow(label, field);
        }
        repolish(field);
    }
    v->addStretch(1);
}

void SettingsDialog::load()
{
    const QString stored = settings::language.value();
    m_overrideShown.clear();
    if (!languageOverride().isEmpty()) {
        // The window runs in the language the command line asked for; show
        // that one, not the stored choice it overrides.
        const int running = m_language->findData(currentLanguage());
        if (running >= 0 && currentLanguage() != stored) {
            m_language->setCurrentIndex(running);
            m_overrideShown = currentLanguage();
        }
    }
    if (m_overrideShown.isEmpty())
        m_language->setCurrentIndex(std::max(m_language->findData(stored), 0));
    m_appliedLanguage = m_language->currentData().toString();
    const int theme = m_theme->findData(settings::theme.value());
    m_theme->setCurrentIndex(std::max(theme, 0));
    m_database->setText(QDir::toNativeSeparators(settings::defaultDatabase.value()));
    m_backupFolder->setText(QDir::toNativeSeparators(settings::backupFolder.value()));
    loadShop();
}

void SettingsDialog::showCatalogueCurrencyDefault()
{
    if (auto* e = qobject_cast<QLineEdit*>(m_shopFields.value(&shop::catalogueCurrency)))
        e->setPlaceholderText(tr("The shop's currency (%1) until the first price is entered")
                                  .arg(shop::currencyOf(m_loaded)));
}

void SettingsDialog::loadShop()
{
    m_loaded = ShopSettings();
    if (m_db) {
        try {
            m_loaded = ShopSettingsStore(m_db->connection(), m_session).load();
        } catch (const DocketError& e) {
            setError(e.message());
        }
    }
    for (auto it = m_shopFields.cbegin(); it != m_shopFields.cend(); ++it) {
        const QString value = m_loaded.text(*it.key());
        if (auto* e = qobject_cast<QLineEdit*>(it.value()))
            e->setText(value);
        else if (auto* t = qobject_cast<QPlainTextEdit*>(it.value()))
            t->setPlainText(value);
        else if (auto* n = qobject_cast<QSpinBox*>(it.value()))
            n->setValue(int(m_loaded.whole(*it.key())));
        else if (auto* c = qobject_cast<QCheckBox*>(it.value()))
            c->setChecked(m_loaded.flag(*it.key()));
        else if (auto* l = qobject_cast<ShopListEditor*>(it.value()))
            l->setText(value);
    }
    showCatalogueCurrencyDefault();
}

QString SettingsDialog::shopValue(const shop::Key& key) const
{
    QWidget* w = m_shopFields.value(&key);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        return e->text();
    if (auto* t = qobject_cast<QPlainTextEdit*>(w))
        return t->toPlainText();
    if (auto* n = qobject_cast<QSpinBox*>(w))
        return QString::number(n->value());
    if (auto* c = qobject_cast<QCheckBox*>(w))
        return c->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* l = qobject_cast<ShopListEditor*>(w))
        return l->listText().text;
    return {};
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_personal), tr("&Personal"));
    m_tabs->setTabText(m_tabs->indexOf(m_shop), tr("S&hop"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_personal), tr("Your own preferences on this computer"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_shop),
                          tr("The shop's settings, the same for everyone who works on this "
                             "database"));

    m_personalNote->setText(
        m_session.isValid()
            ? tr("Your own preferences as %1 on this computer; other people who sign in here "
                 "keep theirs.")
                  .arg(m_session.userName())
            : tr("Your own preferences on this computer."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language"));
    if (!m_overrideShown.isEmpty()) {
        const QString storedCode = settings::language.value();
        const int stored = m_language->findData(storedCode);
        m_languageNote->setText(
            tr("Docket runs in %1 for this session because the command line asked for it "
               "(--lang); your own choice, used otherwise, is %2.")
                .arg(m_language->itemText(m_language->findData(m_overrideShown)),
                     stored >= 0 ? m_language->itemText(stored) : storedCode));
    } else {
        m_languageNote->setText(tr("Dates and numbers follow the language's conventions. "
                                   "Dialogs opened from now on use the new language at once; "
                                   "menus and pages already open switch after a restart."));
    }
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_databaseLabel->setText(tr("&Default database:"));
    m_database->setAccessibleName(tr("Default database"));
    m_databaseBrowse->setText(tr("Bro&wse…"));
    m_databaseBrowse->setAccessibleName(tr("Choose the default database file"));
    m_databaseNote->setText(tr("This computer's: a SQLite file or a postgresql:// address. "
                               "Docket opens it at start when no other database is named on the "
                               "command line or in DOCKET_DATABASE; empty means the standard "
                               "file shown. Takes effect at the next start."));
    m_backupFolderLabel->setText(tr("Backup &folder:"));
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupFolder->setPlaceholderText(tr("Choose a folder, ideally on another disk"));
    m_backupBrowse->setText(tr("Brow&se…"));
    m_backupBrowse->setAccessibleName(tr("Choose the backup folder"));
    m_backupNote->setText(tr("Where this computer writes the daily backups, named "
                             "docket-YYYYMMDD-HHMMSS.db. Whether they are made and how many are "
                             "kept are shop settings. File → Back Up… makes one any time."));

    const QString where = m_db ? m_db->config().displayName() : QString();
    if (!m_db) {
        m_shopNote->setText(tr("No database is open: the shop settings are in the database."));
    } else if (m_shopReadOnly) {
        const QString role =
            m_session.roleName().isEmpty() ? m_session.userName() : roleLabel(m_session.roleName());
        m_shopNote->setText(
            tr("Read-only. These settings are the same for everyone who works on %1. Changing "
               "them needs the right “%2”, which your role (%3) does not have; ask an "
               "administrator.")
                .arg(where, permission::label(Permission::ChangeSettings), role));
    } else {
        m_shopNote->setText(tr("These settings are the same for everyone who works on %1 and "
                               "for docketctl. Each change is recorded in the security log.")
                                .arg(where));
    }
    m_shopNote->setProperty("kind",
                            m_shopReadOnly ? QStringLiteral("readOnly") : QStringLiteral("info"));
    repolish(m_shopNote);
    for (const auto& [box, first] : std::as_const(m_shopGroups))
        box->setTitle(shop::group(*first));
    for (auto it = m_shopLabels.cbegin(); it != m_shopLabels.cend(); ++it) {
        const shop::Key& key = *it.key();
        it.value()->setText(shop::label(key) + tr(":"));
        QWidget* field = m_shopFields.value(&key);
        field->setAccessibleName(shop::label(key));
        if (qobject_cast<ShopListEditor*>(field))
            field->setToolTip(m_shopReadOnly ? m_shopNote->text() : QString());
        else
            field->setToolTip(m_shopReadOnly ? m_shopNote->text()
                                             : tr("%1: %2").arg(key.id(), shop::expected(key)));
        if (&key == &shop::shopName)
            static_cast<QLineEdit*>(field)->setPlaceholderText(
                ShopSettings().shopNameText()); // the placeholder printed until it is set
        if (&key == &shop::shopAddress)
            static_cast<QPlainTextEdit*>(field)->setPlaceholderText(
                tr("Street\nPostcode and city\nCountry"));
    }
    showCatalogueCurrencyDefault();
    // The standard buttons translate themselves (Qt's own translations).
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
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

// Writes the shop settings that differ from the stored ones, all or nothing.
bool SettingsDialog::applyShop()
{
    if (m_shopReadOnly || !m_db)
        return true;
    QList<QPair<QString, QString>> changes;
    for (const shop::Key* key : shop::keys()) {
        // A list's rows are checked as rows, so that the refusal names the row.
        if (auto* l = qobject_cast<ShopListEditor*>(m_shopFields.value(key))) {
            const fulfilment::ListText t = l->listText();
            if (!t.ok()) {
                m_tabs->setCurrentWidget(m_shop);
                l->showProblem(t.row, t.field);
                setError(tr("%1: %2").arg(shop::label(*key), t.error));
                return false;
            }
        }
        const QString now = shopValue(*key);
        if (now == m_loaded.text(*key))
            continue; // as loaded (an unset catalogue currency is empty, and not a value)
        const shop::Parsed p = shop::parse(*key, now);
        if (p.ok() && p.value == m_loaded.text(*key))
            continue;
        changes << qMakePair(key->id(), now);
    }
    if (changes.isEmpty())
        return true;
    try {
        ShopSettingsStore(m_db->connection(), m_session).set(changes);
    } catch (const DocketError& e) {
        m_tabs->setCurrentWidget(m_shop);
        if (const shop::Key* key = shop::find(e.field()))
            m_shopFields.value(key)->setFocus();
        setError(e.message());
        return false;
    }
    loadShop();
    return true;
}

bool SettingsDialog::apply()
{
    setError({});
    const QString database = QDir::fromNativeSeparators(m_database->text().trimmed());
    if (!database.isEmpty() && DatabaseConfig::fromString(database).backend == Backend::SQLite &&
        !QFileInfo(database).absoluteDir().exists()) {
        m_tabs->setCurrentWidget(m_personal);
        m_database->setFocus();
        setError(tr("Default database: the folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(QFileInfo(database).absolutePath())));
        return false;
    }
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    const auto* daily = qobject_cast<QCheckBox*>(m_shopFields.value(&shop::backupDaily));
    if (daily && daily->isChecked() && folder.isEmpty() && m_session.can(Permission::Backup) &&
        (!m_db || m_db->backend() == Backend::SQLite)) {
        m_tabs->setCurrentWidget(m_personal);
        m_backupFolder->setFocus();
        setError(tr("Backup folder: choose a folder for the daily backups on this computer."));
        return false;
    }
    if (!folder.isEmpty() && !QDir(folder).exists() && !QDir().mkpath(folder)) {
        m_tabs->setCurrentWidget(m_personal);
        m_backupFolder->setFocus();
        setError(tr("Backup folder: %1 does not exist and cannot be created.")
                     .arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    // The shop's first: a value it refuses leaves everything as it was.
    if (!applyShop())
        return false;

    const QString language = m_language->currentData().toString();
    const QString theme = m_theme->currentData().toString();
    // Shown because of --lang and left alone: the stored choice stays.
    const bool languageChosen = m_overrideShown.isEmpty() || language != m_overrideShown;
    if (languageChosen) {
        settings::language.setValue(language);
        settings::language.setDeskValue(language); // the sign-in dialog's next time
        m_overrideShown.clear();
    }
    settings::theme.setValue(theme);
    settings::theme.setDeskValue(theme);
    settings::defaultDatabase.setValue(database);
    settings::backupFolder.setValue(folder);

    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) {
        if (languageChosen && language != m_appliedLanguage) {
            if (language.isEmpty())
                QLocale::setDefault(QLocale::system());
            setLanguageOverride({});
            installTranslators(*app, language); // posts QEvent::LanguageChange
            m_appliedLanguage = language;
        }
        applyTheme(*app, theme);
    }
    retranslate();
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace docket
