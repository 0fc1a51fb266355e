#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/orderimport.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace docket {

class ImportJob;

// File → Import Orders… (issue 16 item 9): a shop's CSV export or a JSON list
// of orders, read by OrderImport as soon as a file is chosen. The preview
// shows how many orders the file holds and every problem by line and column;
// Import stays disabled until there is none. The import is all or nothing,
// with progress and Cancel, on a thread of its own (ImportJob); the same file
// again changes nothing (idempotent by channel and external id).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QString path() const;
    // Reads the file at once (as choosing it with Browse… does).
    void setPath(const QString& path);
    const ImportFile& file() const { return m_file; }
    // The channel's mapping (remembered on this desk for the channel);
    // setMapping() remembers it and reads the file again.
    const ImportMapping& mapping() const { return m_mapping; }
    void setMapping(const ImportMapping& mapping);
    static ImportMapping savedMapping(const QString& channel);
    bool isRunning() const { return m_running; }

public slots:
    void startImport();
    // Columns and Statuses…: ImportMappingDialog over the file's headers.
    void editMapping();

signals:
    void imported(const docket::ImportSummary& summary);

protected:
    void reject() override;

private:
    void browse();
    void readFile();
    void updateForm();
    void showStatus(const QString& text, bool error);
    void finishJob();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    ImportFile m_file;
    ImportMapping m_mapping;
    QString m_readPath;
    bool m_running = false;
    ImportJob* m_job = nullptr; // while an import runs

    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_channel;
    QComboBox* m_unknownSku;
    QLabel* m_summary;
    QListWidget* m_problems;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
    QPushButton* m_mappingButton;
};

// Which column of a CSV holds which field, and what its statuses mean, for
// one channel: a combo per field (the file's headers; "found by its usual
// header" keeps the automatic choice) and per status the file uses.
class ImportMappingDialog : public QDialog
{
    Q_OBJECT
public:
    ImportMappingDialog(const ImportMapping& mapping, const QStringList& headers,
                        const QStringList& statuses, QWidget* parent = nullptr);
    ImportMapping mapping() const;
    QComboBox* fieldCombo(const QString& field) const;
    QComboBox* statusCombo(const QString& word) const;

private:
    QList<std::pair<QString, QComboBox*>> m_fields;
    QList<std::pair<QString, QComboBox*>> m_statuses;
};

} // namespace docket
