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

// File → Import Orders… (issue 16 item 9): a shop's CSV export or a JSON list
// of orders, read by OrderImport as soon as a file is chosen. The preview
// shows how many orders the file holds and every problem by line and column;
// Import stays disabled until there is none. The import is all or nothing,
// with progress and Cancel; the same file again changes nothing (idempotent
// by channel and external id).
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
    bool isRunning() const { return m_running; }

public slots:
    void startImport();

signals:
    void imported(const docket::ImportSummary& summary);

protected:
    void reject() override;

private:
    void browse();
    void readFile();
    void updateForm();
    void showStatus(const QString& text, bool error);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    ImportFile m_file;
    QString m_readPath;
    bool m_running = false;
    bool m_cancel = false;

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
};

} // namespace docket
