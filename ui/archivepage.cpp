#include "archivepage.h"

#include "readonly.h"

#include "domain/errors.h"
#include "i18n.h"
#include "stores/orderstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kShown = 1000;
}

ArchivePage::ArchivePage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)),
      m_store(std::make_unique<OrderStore>(m_db->connection(), std::move(session)))
{
    auto* title = new QLabel(tr("Archive of deleted orders"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Order number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the archive by order number"));
    m_restore = new QPushButton(QIcon(QStringLiteral(":/icons/restore.svg")), tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreArchived"));
    m_restore->setToolTip(tr("Put the selected orders back, with their lines and history"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setAccessibleName(tr("Archived orders"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Amount"), tr("Deleted"),
                                        tr("Deleted by"), tr("Reason it was invalid")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_restore);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->addWidget(title);
    v->addWidget(m_info);
    v->addLayout(bar);
    v->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ArchivePage::reload);
    connect(m_restore, &QPushButton::clicked, this, &ArchivePage::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        enableUnlessReadOnly(m_restore, *m_db,
                             !m_table->selectionModel()->selectedRows().isEmpty());
    });
    enableUnlessReadOnly(m_restore, *m_db, false);
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ArchivePage::reload()
{
    const QLocale loc;
    try {
        const auto rows = m_store->archived(m_search->text(), kShown);
        m_table->setRowCount(0);
        m_table->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const ArchivedOrder& a = rows[r];
            auto* number = new QTableWidgetItem(a.number);
            number->setData(Qt::UserRole, a.id);
            m_table->setItem(r, 0, number);
            m_table->setItem(r, 1, new QTableWidgetItem(a.customerName));
            auto* amount = new QTableWidgetItem(a.total.toString(loc));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 2, amount);
            m_table->setItem(r, 3,
                             new QTableWidgetItem(formatDateTime(a.deletedAt.toLocalTime(),
                                                                 QLocale::ShortFormat, loc)));
            m_table->setItem(r, 4, new QTableWidgetItem(a.deletedBy));
            m_table->setItem(r, 5, new QTableWidgetItem(a.invalidReason));
        }
        m_table->resizeColumnsToContents();
        m_info->setText(rows.size() >= kShown
                            ? tr("Showing the %L1 most recently deleted orders; search by number "
                                 "to find older ones.")
                                  .arg(kShown)
                            : tr("%Ln deleted order(s). Restoring puts an order back with its "
                                 "lines and history.",
                                 nullptr, int(rows.size())));
    } catch (const DocketError& e) {
        m_info->setText(e.message());
    }
}

void ArchivePage::restoreSelected()
{
    QList<qint64> ids;
    QStringList numbers;
    for (const QModelIndex& idx : m_table->selectionModel()->selectedRows()) {
        ids << m_table->item(idx.row(), 0)->data(Qt::UserRole).toLongLong();
        numbers << m_table->item(idx.row(), 0)->text();
    }
    if (ids.isEmpty())
        return;
    int done = 0;
    QStringList problems;
    BatchRecord record; // what was restored, for the undo
    for (qsizetype i = 0; i < ids.size(); ++i) {
        try {
            m_store->restore(ids[i], &record);
            ++done;
        } catch (const DocketError& e) {
            // Each problem names its order.
            problems << (e.message().contains(numbers[i])
                             ? e.message()
                             : tr("%1: %2").arg(numbers[i], e.message()));
        }
    }
    reload();
    emit restored(done);
    if (!record.entries.isEmpty())
        emit restoredOrders(record);
    emit statusMessage(tr("Restored %Ln order(s).", nullptr, done));
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some Orders Were Not Restored"),
                             problems.join(QLatin1Char('\n')));
}

} // namespace docket
