#include "archivepage.h"

#include "readonly.h"

#include "domain/errors.h"
#include "i18n.h"
#include "items/archiveloader.h"
#include "stores/orderstore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace docket {

namespace {
constexpr int kShown = 1000;
}

ArchivePage::ArchivePage(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)),
      m_store(std::make_unique<OrderStore>(m_db->connection(), session)),
      m_loader(std::make_unique<ArchiveLoader>(m_db, session))
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
    m_search->setMaximumWidth(170);
    m_keyword = new QLineEdit(this);
    m_keyword->setObjectName(QStringLiteral("archiveKeyword"));
    m_keyword->setPlaceholderText(tr("Customer, email or phone"));
    m_keyword->setClearButtonEnabled(true);
    m_keyword->setAccessibleName(tr("Search the archive by customer"));
    m_keyword->setToolTip(tr("Words of the customer's name, email or phone, as in the order "
                             "list's search"));
    m_keyword->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_dates = new QCheckBox(tr("Or&dered from"), this);
    m_dates->setObjectName(QStringLiteral("archiveDates"));
    m_dates->setToolTip(tr("Only orders placed on these days (your local days, both inclusive)"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setEnabled(false);
    }
    m_from->setAccessibleName(tr("Ordered from"));
    m_to->setAccessibleName(tr("Ordered until"));
    auto* until = new QLabel(tr("to"), this);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    m_restore = new QPushButton(QIcon(QStringLiteral(":/icons/restore.svg")), tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restoreArchived"));
    m_restore->setToolTip(tr("Put the selected orders back, with their lines and history"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setAccessibleName(tr("Archived orders"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Amount"), tr("Ordered"),
                                        tr("Deleted"), tr("Deleted by"),
                                        tr("Reason it was invalid")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_keyword, 1);
    bar->addWidget(m_dates);
    bar->addWidget(m_from);
    bar->addWidget(until);
    bar->addWidget(m_to);
    bar->addWidget(m_restore);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(12, 10, 12, 10);
    v->addWidget(title);
    v->addWidget(m_info);
    v->addLayout(bar);
    v->addWidget(m_table, 1);

    // Typing waits for a pause (the customer's words are a scan of the
    // archive); Enter, the dates and the check box search at once.
    connect(m_typing, &QTimer::timeout, this, &ArchivePage::reload);
    for (QLineEdit* e : {m_search, m_keyword}) {
        connect(e, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(e, &QLineEdit::returnPressed, this, &ArchivePage::reload);
    }
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_dates->isChecked())
                reload();
        });
    connect(m_restore, &QPushButton::clicked, this, &ArchivePage::restoreSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        enableUnlessReadOnly(m_restore, *m_db,
                             !m_table->selectionModel()->selectedRows().isEmpty());
    });
    enableUnlessReadOnly(m_restore, *m_db, false);
    connect(m_loader.get(), &ArchiveLoader::loaded, this, &ArchivePage::showAnswer);
    connect(m_loader.get(), &ArchiveLoader::failed, this,
            [this](quint64 generation, const QString& message, int code) {
                if (generation != m_generation)
                    return; // a newer search is on its way
                m_searching = false;
                unsetCursor();
                // A refused filter names its field already; a failed read
                // says that the archive could not be read, and why.
                m_info->setText(code == int(DocketError::Code::Database)
                                    ? tr("The archive could not be searched: %1").arg(message)
                                    : message);
                emit searched();
            });
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

ArchiveFilter ArchivePage::filter() const
{
    ArchiveFilter f(m_search->text());
    f.keyword = m_keyword->text();
    if (m_dates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void ArchivePage::reload()
{
    // The search runs on the loader's thread; the table keeps what it shows
    // until the answer of the newest search arrives (an older one is dropped).
    m_typing->stop();
    m_searching = true;
    setCursor(Qt::BusyCursor);
    m_info->setText(tr("Searching the archive…"));
    m_loader->request(++m_generation, filter(), kShown);
}

void ArchivePage::showAnswer(quint64 generation, const QList<ArchivedOrder>& rows)
{
    if (generation != m_generation)
        return; // an older search's answer: a newer one is on its way
    m_searching = false;
    unsetCursor();
    const QLocale loc;
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ArchivedOrder& a = rows[r];
        auto* number = new QTableWidgetItem(a.number);
        number->setData(Qt::UserRole, a.id);
        m_table->setItem(r, 0, number);
        auto* customer = new QTableWidgetItem(a.customerName);
        customer->setToolTip(a.email);
        m_table->setItem(r, 1, customer);
        auto* amount = new QTableWidgetItem(a.total.toString(loc));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 2, amount);
        m_table->setItem(r, 3,
                         new QTableWidgetItem(a.orderedAt.isValid()
                                                  ? formatDateTime(a.orderedAt.toLocalTime(),
                                                                   QLocale::ShortFormat, loc)
                                                  : QString()));
        m_table->setItem(r, 4,
                         new QTableWidgetItem(
                             formatDateTime(a.deletedAt.toLocalTime(), QLocale::ShortFormat, loc)));
        m_table->setItem(r, 5, new QTableWidgetItem(a.deletedBy));
        m_table->setItem(r, 6, new QTableWidgetItem(a.invalidReason));
    }
    // Each column as wide as its contents, but the reason: it takes the rest
    // of the page's width (resizeColumnsToContents() would shrink it too).
    for (int c = 0; c + 1 < m_table->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    m_info->setText(rows.size() >= kShown
                        ? tr("Showing the %L1 most recently deleted orders; search by "
                             "number, customer or order date to find older ones.")
                              .arg(kShown)
                        : tr("%Ln deleted order(s). Restoring puts an order back with its "
                             "lines and history.",
                             nullptr, int(rows.size())));
    emit searched();
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
