#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "export/orderexporter.h"
#include "stores/orderfilter.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace docket {

// Exports exactly the order list the table shows — every order matching the
// filter, in the table's sort order, not only the rows loaded so far — to CSV
// or XLSX. The export runs on its own thread (ExportJob) with a progress bar
// and Cancel in this dialog; the window stays usable meanwhile.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<const Database> db, Session session, OrderFilter filter,
                 OrderSort sort, qint64 expectedRows, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    void setPath(const QString& path);
    // What Export writes: the format follows the file name's extension when
    // it names one (typing "orders.xlsx" with CSV selected writes a workbook).
    ExportOptions options() const;
    // The chosen columns, in file order (keys of ordercolumns).
    QStringList columns() const;
    void setColumns(const QStringList& keys);
    QListWidget* columnList() const { return m_columns; }
    bool isRunning() const { return m_job != nullptr; }
    // Rows written by the last successful export (-1 before one).
    qint64 exportedRows() const { return m_rows; }

public slots:
    void startExport();
    void cancelExport();

signals:
    void exported(qint64 rows, const QString& path);

protected:
    void reject() override;

private:
    void browse();
    void updateForm();
    void setRunning(bool running);
    void showError(const QString& message);
    void followExtension();
    void fitContents();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    OrderFilter m_filter;
    OrderSort m_sort;
    ExportJob* m_job = nullptr;
    bool m_totalExact = true; // the running export's total (ExportJob::totalCounted)
    qint64 m_rows = -1;

    QLabel* m_summary;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QRadioButton* m_csv;
    QRadioButton* m_xlsx;
    QCheckBox* m_excel;
    QComboBox* m_delimiter;
    QLabel* m_delimiterLabel;
    QListWidget* m_columns;
    QCheckBox* m_lines;
    QPushButton* m_defaultColumns;
    QLabel* m_note;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
};

} // namespace docket
