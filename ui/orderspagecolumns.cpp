#include "orderspage.h"

#include "columnchooserdialog.h"
#include "columnfit.h"
#include "filterbar.h"
#include "items/ordercolumns.h"
#include "items/ordertablemodel.h"
#include "viewspanel.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>

// OrdersPage: the list's columns. Which are shown, in which order and how
// wide (a saved layout, the column chooser, the heading's menu), the sort,
// and how the columns the user has not sized give way to the customer's name
// in a narrow window (fitColumns).

namespace docket {

void OrdersPage::setUpHeader()
{

    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The customer's name takes the room the other columns leave; in a narrow
    // window they give up some of theirs first (fitColumns).
    header->setSectionResizeMode(int(OrderColumn::Customer), QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int) {
        if (!m_fitting && section != int(OrderColumn::Customer))
            m_sizedByUser.insert(section); // dragged by the user
    });
    header->setSortIndicator(int(OrderColumn::Created), Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    m_view->setSortingEnabled(true);
    // Columns without an index behind them do not sort: the indicator goes
    // back to the list's order.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (!OrderTableModel::isSortable(section)) {
            // The sortable columns are the first, numbered as OrderColumn.
            const QSignalBlocker block(header);
            header->setSortIndicator(int(m_model->sortSpec().column), m_model->sortSpec().order);
            emit statusMessage(tr("The list cannot be sorted by %1.")
                                   .arg(m_model->headerData(section, Qt::Horizontal).toString()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != int(OrderColumn::Number));
            connect(a, &QAction::toggled, this, [this, header, c](bool on) {
                header->setSectionHidden(c, !on);
                if (on && header->sectionSize(c) < 30) {
                    m_fitting = true;
                    header->resizeSection(c, ListLayout().width(columnKey(c)));
                    m_fitting = false;
                }
                fitColumns();
                m_model->setWithItems(!header->isSectionHidden(ordercolumns::listIndex(u"items")));
            });
        }
        menu.addSeparator();
        menu.addAction(m_chooseColumns);
        menu.exec(header->mapToGlobal(pos));
    });
}

QString OrdersPage::columnKey(int section)
{
    const auto& list = ordercolumns::listColumns();
    return section >= 0 && section < list.size() ? list[section]->id() : QString();
}

ListLayout OrdersPage::listLayout() const
{
    const QHeaderView* h = m_view->horizontalHeader();
    ListLayout l;
    for (int visual = 0; visual < h->count(); ++visual) {
        const int section = h->logicalIndex(visual);
        if (h->isSectionHidden(section))
            continue;
        const QString key = columnKey(section);
        l.columns << key;
        // The customer column stretches to fill the row, and the columns
        // fitted to the window have the window's width: not choices.
        if (section != int(OrderColumn::Customer) && m_sizedByUser.contains(section))
            l.widths.insert(key, h->sectionSize(section));
    }
    l.sort = m_model->sortSpec();
    return l;
}

void OrdersPage::setListLayout(const ListLayout& wanted)
{
    const ListLayout l = ListLayout::fromJson(wanted.toJson()); // cleaned
    QHeaderView* h = m_view->horizontalHeader();
    const QSignalBlocker block(h);
    for (int c = 0; c < h->count(); ++c)
        h->setSectionHidden(c, !l.columns.contains(columnKey(c)));
    // Visible columns in the layout's order, from the left.
    m_sizedByUser.clear();
    for (int i = 0; i < l.columns.size(); ++i) {
        const int section = ordercolumns::listIndex(l.columns[i]);
        h->moveSection(h->visualIndex(section), i);
        if (section != int(OrderColumn::Customer))
            h->resizeSection(section, l.width(l.columns[i]));
        // A stored width is the user's choice unless it is the default (an
        // older Docket stored every column's width).
        if (section != int(OrderColumn::Customer) && l.widths.contains(l.columns[i]) &&
            l.widths.value(l.columns[i]) != ListLayout().width(l.columns[i]))
            m_sizedByUser.insert(section);
    }
    h->setSortIndicator(int(l.sort.column), l.sort.order);
    m_model->setWithItems(l.columns.contains(QStringLiteral("items")));
    m_model->setSortSpec(l.sort);
    fitColumns();
}

// What a column needs to show its heading and its usual values whole: the
// longest status and channel names, a four-digit amount, a date and time in
// the user's locale, a deadline. Bold, as new orders are.
int OrdersPage::compactWidth(int section) const
{
    const ordercolumns::Column* c = ordercolumns::listColumns().value(section);
    const int fallback = ListLayout().width(columnKey(section));
    if (!c)
        return fallback;
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const QFontMetrics hm(m_view->horizontalHeader()->font());
    const int margin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    // The heading, with room for the sort arrow.
    int w = hm.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString()) +
            m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + margin;
    QList<OrderSummary> samples;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (c->sort.value_or(OrderColumn::Customer)) {
    case OrderColumn::Number:
        samples << OrderSummary{};
        samples.back().number = QStringLiteral("DK0000000");
        break;
    case OrderColumn::Total:
        samples << OrderSummary{};
        samples.back().total = Money(999999, u"EUR"); // €9,999.99
        // Not "€999.99 of €9,999.99" (paid in part): a narrow window keeps
        // the customer's name whole before a part payment's first amount
        // (the cell's tooltip says it in full).
        break;
    case OrderColumn::Created: {
        samples << OrderSummary{};
        // 28/12/2026 23:58: two-digit day, month, hour.
        samples.back().createdAt = QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toSecsSinceEpoch();
        break;
    }
    case OrderColumn::Status:
        for (OrderStatus st : status::all()) {
            samples << OrderSummary{};
            samples.back().status = status::code(st);
        }
        break;
    case OrderColumn::Channel:
        for (const QString& code : channel::codes()) {
            samples << OrderSummary{};
            samples.back().channel = code;
        }
        break;
    case OrderColumn::Due:
        for (qint64 at : {now - 26 * 3600, now + 50 * 3600}) {
            samples << OrderSummary{};
            samples.back().dueAt = at;
        }
        break;
    default:
        // The optional columns (email, phone, ...): three quarters of their default.
        return std::max(w, fallback * 3 / 4);
    }
    for (const OrderSummary& r : std::as_const(samples))
        w = std::max(w, fm.horizontalAdvance(ordercolumns::displayText(*c, r)) + margin);
    return std::min(w, fallback);
}

// Gives each column its default width while the window has room for them and
// for a customer's name; in a narrower window the columns the user has not
// sized give up width, down to what they need (compactWidth), before the
// customer's name is cut.
void OrdersPage::fitColumns()
{
    QHeaderView* h = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    if (available <= 0 || m_fitting)
        return;
    // Room for "Xavier Andersson" or "Chloé Kowalski", not for every name.
    const int customer = m_view->fontMetrics().averageCharWidth() * 22;
    int fixed = 0;
    QList<columnfit::Column> fitted;
    for (int s = 0; s < h->count(); ++s) {
        if (h->isSectionHidden(s) || s == int(OrderColumn::Customer))
            continue;
        if (m_sizedByUser.contains(s)) {
            fixed += h->sectionSize(s);
            continue;
        }
        const int d = ListLayout().width(columnKey(s));
        fitted << columnfit::Column{s, d, std::min(compactWidth(s), d)};
    }
    m_fitting = true;
    columnfit::fit(h, fitted, available - customer - fixed);
    m_fitting = false;
}

QString OrdersPage::layoutSettingsKey() const
{
    // Per user and database: two people on one desk keep their own columns.
    const QByteArray who =
        (m_db->config().displayName() + QLatin1Char('\n') + m_session.userName()).toUtf8();
    return QStringLiteral("orders/layout/") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha1).toHex());
}

void OrdersPage::saveState() const
{
    QSettings().setValue(layoutSettingsKey(), listLayout().toJson());
}

void OrdersPage::restoreState()
{
    setListLayout(ListLayout::fromJson(QSettings().value(layoutSettingsKey()).toString()));
}

void OrdersPage::showView(const SavedView& view)
{
    setListLayout(ListLayout::fromJson(view.layout));
    m_filterBar->setFilter(view.filter);
    emit statusMessage(tr("View \"%1\"").arg(view.name), 3000);
}

void OrdersPage::chooseColumns()
{
    ColumnChooserDialog dialog(listLayout(), this);
    if (dialog.exec() == QDialog::Accepted) {
        ListLayout l = listLayout();
        l.columns = dialog.columns();
        setListLayout(l);
        saveState();
    }
}

} // namespace docket
