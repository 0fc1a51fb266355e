#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "domain/shopsettings.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace docket {

// File → Settings, in two parts that say whose they are:
//
//  - Personal: the user's own preferences on this computer (language — dates
//    and numbers follow its locale —, theme), and the computer's (the
//    database it opens by default, the folder it writes backups to). Stored
//    in this desk's settings file (settings.h), language and theme per user.
//  - Shop: the shop settings in the database, the same for every desk and
//    for docketctl (domain/shopsettings.h): the shop's details on documents,
//    the overdue rules, the backup policy. The fields are built from the
//    shop::keys() registry and checked by shop::parse; saving them needs the
//    "change settings" right and is audited (ShopSettingsStore). Without the
//    right they are shown read-only, and a note at the top says why.
//
// Apply/OK store the values and apply them at once: the theme, and the
// language — this dialog retranslates itself on QEvent::LanguageChange; parts
// of the window built before the switch change language after a restart, as
// the dialog says. Nothing is stored when a value is not acceptable.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `db` may be null (no database open): the shop part is then read-only.
    SettingsDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    // Stores the form and applies language and theme. Returns false (and
    // shows the problem, naming the field) when a value is not acceptable.
    bool apply();

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QTabWidget* tabs() const { return m_tabs; }
    // The editor of a shop setting: QLineEdit, QPlainTextEdit, QSpinBox,
    // QCheckBox or, for the payment methods and carriers, ShopListEditor
    // (object name: the key's code, "shop.name").
    QWidget* shopField(const shop::Key& key) const { return m_shopFields.value(&key); }
    bool isShopReadOnly() const { return m_shopReadOnly; }
    // Whose the shop settings are, and why they are read-only when they are.
    QLabel* shopNote() const { return m_shopNote; }

signals:
    // After apply() stored the values.
    void applied();

protected:
    void changeEvent(QEvent* event) override;
    void accept() override;

private:
    void buildShop();
    void load();
    void loadShop();
    // What an unset catalogue currency means, in the field ("the shop's, EUR").
    void showCatalogueCurrencyDefault();
    void retranslate();
    void browseDatabase();
    void browseBackupFolder();
    void setError(const QString& message);
    QString shopValue(const shop::Key& key) const;
    bool applyShop();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    ShopSettings m_loaded;
    bool m_shopReadOnly = true;

    QTabWidget* m_tabs;
    QWidget* m_personal;
    QWidget* m_shop;

    QLabel* m_personalNote;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QPushButton* m_databaseBrowse;
    QLabel* m_databaseNote;
    QLabel* m_backupFolderLabel;
    QLineEdit* m_backupFolder;
    QPushButton* m_backupBrowse;
    QLabel* m_backupNote;

    QLabel* m_shopNote;
    QHash<const shop::Key*, QWidget*> m_shopFields;
    QHash<const shop::Key*, QLabel*> m_shopLabels;
    QList<QPair<QGroupBox*, const shop::Key*>> m_shopGroups; // with the group's first key

    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_appliedLanguage;
    // Running with --lang: the language shown, which is not the stored choice.
    QString m_overrideShown;
};

} // namespace docket
