#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/fulfilmentstore.h"
#include "stores/trackingfile.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace docket {

class BatchJob;

// File → Import Shipments… (issue 15 item 3, "ship many at once"): the CSV a
// warehouse hands back (order number, carrier, tracking number), checked by
// FulfilmentStore::previewShipments as soon as a file is chosen. Every row is
// listed with its problem (unknown number, out of scope, already shipped,
// unknown carrier, bad or taken tracking number) by its line in the file;
// Ship stays disabled until there is none. Shipping is all or nothing
// (commitShipments, checked again inside its transaction), on a thread of
// its own so the window keeps painting.
//
// Mode::Tracking is File → Import Tracking…: a carrier's export of tracking
// events (TrackingFile: carrier, tracking number, time, place, status), the
// same preview (every bad row named by its line and column, events already
// recorded and deliveries marked as such), read on a thread of its own so
// that a large file does not stop the window, and the same all-or-nothing
// write.
class ShipmentFileDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Shipments, Tracking };

    ShipmentFileDialog(std::shared_ptr<const Database> db, Session session,
                       QWidget* parent = nullptr, Mode mode = Mode::Shipments);
    ~ShipmentFileDialog() override;

    Mode mode() const { return m_mode; }
    const QList<TrackingFileRow>& trackingRows() const { return m_trackRows; }

    QString path() const;
    // Reads and checks the file at once (as choosing it with Browse… does).
    void setPath(const QString& path);
    const QList<FulfilmentStore::ShipRow>& rows() const { return m_rows; }
    int problemCount() const;
    bool isRunning() const { return m_job != nullptr; }
    // Mode::Tracking: the file is being read and checked, on a thread of its
    // own (10,000 rows take seconds: bench_fulfilment track-file-10k).
    bool isReading() const { return m_preview != nullptr; }

public slots:
    void startShipping();

signals:
    void shipped(int parcels);
    // Mode::Tracking: the events the file added.
    void tracked(int events);

protected:
    void reject() override;

private:
    void browse();
    void readFile();
    void fillTracking();
    void updateForm();
    void showStatus(const QString& text, bool error);

    std::shared_ptr<const Database> m_db;
    Session m_session;
    Mode m_mode;
    QList<FulfilmentStore::ShipRow> m_rows;
    QList<TrackingFileRow> m_trackRows;
    QString m_readPath;
    BatchJob* m_job = nullptr;     // while the file ships
    BatchJob* m_preview = nullptr; // while a tracking file is read and checked
    int m_previewRound = 0;        // the newest read; an older one's answer is dropped

    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_summary;
    QTreeWidget* m_table;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_shipButton;
};

} // namespace docket
