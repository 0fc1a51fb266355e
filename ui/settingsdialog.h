#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace docket {

// Preferences, each stored through its typed key in settings.h:
// language (English, 简体中文, 繁體中文; dates and numbers follow its locale),
// theme, default database; overdue thresholds; the shop's details for printed
// documents; the backup folder and the daily backup (keep N).
//
// Apply/OK store the values and apply them at once: the theme, and the
// language — this dialog retranslates itself on QEvent::LanguageChange; parts
// of the window built before the switch change language after a restart, as
// the dialog says.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Writes the form to the settings and applies language and theme.
    // Returns false (and shows the problem) when a value is not acceptable.
    bool apply();

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }

signals:
    // After apply() stored the values.
    void applied();

protected:
    void changeEvent(QEvent* event) override;
    void accept() override;

private:
    void load();
    void retranslate();
    void browseDatabase();
    void browseBackupFolder();
    void updateBackupControls();
    void setError(const QString& message);

    QTabWidget* m_tabs;
    QWidget* m_general;
    QWidget* m_orders;
    QWidget* m_shop;
    QWidget* m_backup;

    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QPushButton* m_databaseBrowse;
    QLabel* m_databaseNote;

    QLabel* m_unpaidLabel;
    QSpinBox* m_unpaidHours;
    QLabel* m_unshippedLabel;
    QSpinBox* m_unshippedDays;
    QLabel* m_overdueNote;

    QLabel* m_shopNameLabel;
    QLineEdit* m_shopName;
    QLabel* m_shopAddressLabel;
    QPlainTextEdit* m_shopAddress;
    QLabel* m_shopEmailLabel;
    QLineEdit* m_shopEmail;
    QLabel* m_shopPhoneLabel;
    QLineEdit* m_shopPhone;

    QLabel* m_backupFolderLabel;
    QLineEdit* m_backupFolder;
    QPushButton* m_backupBrowse;
    QCheckBox* m_backupDaily;
    QLabel* m_backupKeepLabel;
    QSpinBox* m_backupKeep;
    QLabel* m_backupNote;

    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QString m_appliedLanguage;
};

} // namespace docket
