#include "orderdialog.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "formparts.h"
#include "i18n.h"
#include "orderconflictdialog.h"
#include "settings.h"
#include "stores/orderconflict.h"
#include "stores/orderstore.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {
enum LineColumn { Sku, Name, Quantity, UnitPrice, LineTotal, LineColumns };

void markInvalid(QWidget* w, bool invalid)
{
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

OrderDialog::OrderDialog(OrderStore& store, qint64 id, QWidget* parent)
    : QDialog(parent), m_store(store), m_isNew(id == 0)
{
    setObjectName(QStringLiteral("orderDialog"));
    setMinimumSize(880, 640);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("orderTitle"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    tf.setBold(true);
    m_title->setFont(tf);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("orderBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto mk = [this](const QString& accessible) {
        auto* e = new QLineEdit(this);
        e->setAccessibleName(accessible);
        return e;
    };
    m_customer = mk(tr("Customer name"));
    m_email = mk(tr("Email"));
    m_phone = mk(tr("Phone"));
    m_street = mk(tr("Street"));
    m_postcode = mk(tr("Postcode"));
    m_city = mk(tr("City"));
    m_region = mk(tr("Region"));
    m_country = mk(tr("Country"));
    m_assigned = mk(tr("Assigned to"));
    m_channel = new QComboBox(this);
    for (const QString& c : channel::codes())
        m_channel->addItem(channel::label(c), c);
    m_channel->setAccessibleName(tr("Channel"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaximumHeight(64);

    auto* details = new QWidget(this);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Channe&l:"), m_channel);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Assi&gned to:"), m_assigned);
    auto* addr = new QFormLayout;
    addr->setLabelAlignment(Qt::AlignRight);
    addr->addRow(tr("St&reet:"), m_street);
    addr->addRow(tr("Post&code:"), m_postcode);
    addr->addRow(tr("Cit&y:"), m_city);
    addr->addRow(tr("Regio&n:"), m_region);
    addr->addRow(tr("Co&untry:"), m_country);
    auto* cols = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* customerHead = new QLabel(tr("Customer and order"), details);
    customerHead->setObjectName(QStringLiteral("sectionHeading"));
    left->addWidget(customerHead);
    left->addLayout(form);
    auto* right = new QVBoxLayout;
    auto* shipHead = new QLabel(tr("Ship to"), details);
    shipHead->setObjectName(QStringLiteral("sectionHeading"));
    right->addWidget(shipHead);
    right->addLayout(addr);
    right->addStretch(1);
    cols->addLayout(left, 1);
    cols->addSpacing(16);
    cols->addLayout(right, 1);
    auto* noteLabel = new QLabel(tr("N&ote:"), details);
    noteLabel->setBuddy(m_note);
    left->addWidget(noteLabel);
    left->addWidget(m_note);

    // Lines.
    m_lines = new QTableWidget(0, LineColumns, details);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_lines->setAccessibleName(tr("Order lines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    auto* addLineButton = new QPushButton(tr("&Add Line"), details);
    auto* removeLineButton = new QPushButton(tr("&Remove Line"), details);
    addLineButton->setObjectName(QStringLiteral("addLine"));
    removeLineButton->setObjectName(QStringLiteral("removeLine"));
    m_total = new QLabel(details);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    QFont bf = m_total->font();
    bf.setBold(true);
    bf.setPointSizeF(bf.pointSizeF() * 1.15);
    m_total->setFont(bf);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLineButton);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);
    auto* dv = new QVBoxLayout(details);
    dv->addLayout(cols);
    auto* linesHead = new QLabel(tr("Lines"), details);
    linesHead->setObjectName(QStringLiteral("sectionHeading"));
    dv->addWidget(linesHead);
    dv->addWidget(m_lines, 1);
    dv->addLayout(lineButtons);
    connect(addLineButton, &QPushButton::clicked, this, [this] {
        addLine();
        m_lines->setCurrentCell(m_lines->rowCount() - 1, Sku);
        m_lines->editItem(m_lines->item(m_lines->rowCount() - 1, Sku));
    });
    connect(removeLineButton, &QPushButton::clicked, this, [this] {
        const int r = m_lines->currentRow();
        if (r >= 0)
            m_lines->removeRow(r);
        updateTotal();
    });
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == Quantity || item->column() == UnitPrice)
            updateTotal();
    });

    // History.
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("orderHistory"));
    m_history->setAccessibleName(tr("Order history"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, tr("&Order"));
    m_tabs->addTab(m_history, tr("&History"));

    m_error = form::errorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Save (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_title);
    v->addWidget(m_banner);
    v->addWidget(m_tabs, 1);
    v->addWidget(m_error);
    v->addWidget(m_buttons);

    const Session& s = m_store.session();
    if (m_isNew) {
        s.require(Permission::CreateOrders);
        Order blank;
        blank.channel = QStringLiteral("phone");
        blank.createdAt = QDateTime::currentDateTimeUtc();
        load(blank);
        addLine();
        setWindowTitle(tr("New Order"));
        m_tabs->setCurrentIndex(0);
        m_customer->setFocus();
    } else {
        Order o = m_store.order(id);
        // Opening marks a new order seen: a change, so not on a read-only
        // database, and one that may fail (another program holds the
        // database) without keeping the order from showing.
        if (o.isNew() && s.can(Permission::MarkSeen) &&
            sql::readOnlyReason(m_store.database()).isEmpty()) {
            try {
                m_store.markSeen({id});
                o = m_store.order(id);
            } catch (const DocketError& e) {
                if (!sql::isUnwritable(e))
                    throw;
                qWarning("Order %s not marked seen: %s", qUtf8Printable(o.number),
                         qUtf8Printable(e.message()));
            }
        }
        load(o);
        loadHistory();
    }
    const QByteArray geometry = settings::orderDialogGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

OrderDialog::~OrderDialog()
{
    settings::orderDialogGeometry.setValue(saveGeometry());
}

void OrderDialog::setEditable(bool headerEditable, bool statusEditable)
{
    for (QLineEdit* e : {m_customer, m_email, m_phone, m_street, m_postcode, m_city, m_region,
                         m_country, m_assigned})
        e->setReadOnly(!headerEditable);
    m_note->setReadOnly(!headerEditable);
    m_channel->setEnabled(headerEditable);
    m_status->setEnabled(statusEditable);
    m_lines->setEditTriggers(headerEditable ? QAbstractItemView::AllEditTriggers
                                            : QAbstractItemView::NoEditTriggers);
    for (auto* b : findChildren<QPushButton*>())
        if (b->objectName() == QLatin1String("addLine") ||
            b->objectName() == QLatin1String("removeLine"))
            b->setEnabled(headerEditable);
    m_buttons->button(QDialogButtonBox::Save)->setVisible(headerEditable || statusEditable);
    // The stylesheet gives read-only fields the window's colour: look again.
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_customer, m_email, m_phone, m_street, m_postcode, m_city,
                                         m_region, m_country, m_assigned, m_note}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void OrderDialog::load(const Order& o)
{
    m_order = o;
    const QLocale loc;
    if (!m_isNew) {
        setWindowTitle(tr("Order %1").arg(o.number));
        m_title->setText(
            tr("Order %1 · %2 · %3")
                .arg(o.number, formatDateTime(o.createdAt.toLocalTime(), QLocale::ShortFormat, loc),
                     o.total.toString(loc)));
    } else {
        m_title->setText(tr("New order"));
    }
    if (o.isInvalid()) {
        m_banner->setText(
            tr("Marked invalid by %1 on %2: %3")
                .arg(o.invalidBy,
                     formatDateTime(o.invalidAt.toLocalTime(), QLocale::ShortFormat, loc),
                     o.invalidReason));
        m_banner->setProperty("kind", QStringLiteral("invalid"));
        m_banner->show();
    } else if (o.seenAt.isValid()) {
        m_banner->setText(
            tr("Seen by %1 on %2")
                .arg(o.seenBy, formatDateTime(o.seenAt.toLocalTime(), QLocale::ShortFormat, loc)));
        m_banner->setProperty("kind", QStringLiteral("info"));
        m_banner->show();
    }
    m_customer->setText(o.customerName);
    m_email->setText(o.email);
    m_phone->setText(o.phone);
    m_street->setText(o.shipTo.street);
    m_postcode->setText(o.shipTo.postcode);
    m_city->setText(o.shipTo.city);
    m_region->setText(o.shipTo.region);
    m_country->setText(o.shipTo.country);
    m_assigned->setText(o.assignedTo);
    m_note->setPlainText(o.note);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(o.channel)));
    m_status->clear();
    if (const auto cur = status::fromCode(o.status)) {
        m_status->addItem(status::label(*cur), status::code(*cur));
        for (OrderStatus next : status::nextAllowed(*cur))
            m_status->addItem(tr("→ %1").arg(status::label(next)), status::code(next));
    }
    m_lines->blockSignals(true);
    m_lines->setRowCount(0);
    for (const OrderLine& l : o.lines)
        addLine(l);
    m_lines->blockSignals(false);
    updateTotal();
    const Session& s = m_store.session();
    // A read-only database shows the order as it is, with nothing to change.
    const bool writable = sql::readOnlyReason(m_store.database()).isEmpty();
    const bool editable =
        writable && !o.isInvalid() &&
        (m_isNew ? s.can(Permission::CreateOrders) : s.can(Permission::EditOrders));
    setEditable(editable,
                writable && !o.isInvalid() && (m_isNew || s.can(Permission::ChangeStatus)));
}

void OrderDialog::loadHistory()
{
    m_history->clear();
    const QLocale loc;
    for (const OrderEvent& e : m_store.events(m_order.id)) {
        QString change;
        if (!e.field.isEmpty()) {
            QString oldV = e.oldValue, newV = e.newValue;
            if (e.field == QLatin1String("status")) {
                oldV = status::labelForCode(oldV);
                newV = status::labelForCode(newV);
            } else if (e.field == QLatin1String("channel")) {
                oldV = channel::label(oldV);
                newV = channel::label(newV);
            }
            change = tr("%1: %2 → %3").arg(fieldLabel(e.field), oldV, newV);
        }
        if (!e.note.isEmpty())
            change = change.isEmpty() ? e.note : change + QStringLiteral(" — ") + e.note;
        auto* item =
            new QTreeWidgetItem({formatDateTime(e.at.toLocalTime(), QLocale::ShortFormat, loc),
                                 e.actor, eventKindLabel(e.kind), change});
        item->setToolTip(3, change);
        m_history->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
    m_tabs->setTabText(1, tr("&History (%L1)").arg(m_history->topLevelItemCount()));
}

void OrderDialog::addLine(const OrderLine& line)
{
    const QLocale loc;
    const int r = m_lines->rowCount();
    const bool blocked = m_lines->blockSignals(true);
    m_lines->insertRow(r);
    auto* sku = new QTableWidgetItem(line.sku);
    sku->setData(Qt::UserRole, line.productId);
    m_lines->setItem(r, Sku, sku);
    m_lines->setItem(r, Name, new QTableWidgetItem(line.name));
    auto* qty = new QTableWidgetItem(loc.toString(line.quantity));
    qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, Quantity, qty);
    auto* price = new QTableWidgetItem(
        Money(line.unitPrice.minorUnits(), m_order.currency).toNumberString(loc));
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, UnitPrice, price);
    auto* total = new QTableWidgetItem;
    total->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(r, LineTotal, total);
    m_lines->blockSignals(blocked);
    updateTotal();
}

bool OrderDialog::readLines(QList<OrderLine>* lines, QString* error) const
{
    const QLocale loc;
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        OrderLine l;
        l.productId = m_lines->item(r, Sku)->data(Qt::UserRole).toLongLong();
        l.sku = m_lines->item(r, Sku)->text().trimmed();
        l.name = m_lines->item(r, Name)->text().trimmed();
        const QString qtyText = m_lines->item(r, Quantity)->text().trimmed();
        bool ok = false;
        l.quantity = loc.toLongLong(qtyText, &ok);
        if (!ok)
            l.quantity = qtyText.toLongLong(&ok);
        if (!ok) {
            *error = tr("Line %1: \"%2\" is not a quantity.").arg(r + 1).arg(qtyText);
            return false;
        }
        const QString priceText = m_lines->item(r, UnitPrice)->text().trimmed();
        auto price = Money::parse(priceText, m_order.currency, loc);
        if (!price)
            price = Money::parse(priceText, m_order.currency);
        if (!price) {
            *error = tr("Line %1: \"%2\" is not a price.").arg(r + 1).arg(priceText);
            return false;
        }
        l.unitPrice = *price;
        // A changed SKU is a different product: let the store link it by SKU.
        if (r < m_order.lines.size() && m_order.lines[r].sku != l.sku)
            l.productId = 0;
        lines->push_back(l);
    }
    return true;
}

void OrderDialog::updateTotal()
{
    const QLocale loc;
    qint64 total = 0;
    const bool blocked = m_lines->blockSignals(true);
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        bool okQ = false;
        const qint64 q = loc.toLongLong(m_lines->item(r, Quantity)->text(), &okQ);
        auto price = Money::parse(m_lines->item(r, UnitPrice)->text(), m_order.currency, loc);
        QString text;
        if (okQ && price) {
            const qint64 lineTotal = q * price->minorUnits();
            total += lineTotal;
            text = Money(lineTotal, m_order.currency).toString(loc);
        }
        m_lines->item(r, LineTotal)->setText(text);
    }
    m_lines->blockSignals(blocked);
    m_total->setText(tr("Total: %1").arg(Money(total, m_order.currency).toString(loc)));
}

Order OrderDialog::edited() const
{
    Order o = m_order;
    o.customerName = m_customer->text().trimmed();
    o.email = m_email->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.shipTo = {m_street->text().trimmed(), m_city->text().trimmed(), m_postcode->text().trimmed(),
                m_region->text().trimmed(), m_country->text().trimmed()};
    o.assignedTo = m_assigned->text().trimmed();
    o.note = m_note->toPlainText();
    o.channel = m_channel->currentData().toString();
    o.status = m_status->currentData().toString();
    return o;
}

void OrderDialog::showProblem(const QString& field, const QString& message)
{
    const QHash<QString, QWidget*> fields{{QStringLiteral("customer_name"), m_customer},
                                          {QStringLiteral("email"), m_email},
                                          {QStringLiteral("channel"), m_channel},
                                          {QStringLiteral("status"), m_status}};
    for (QWidget* w : fields)
        markInvalid(w, false);
    markInvalid(m_lines, false);
    if (QWidget* w = fields.value(field)) {
        markInvalid(w, true);
        m_tabs->setCurrentIndex(0);
        w->setFocus();
    } else if (field.startsWith(QLatin1String("lines"))) {
        markInvalid(m_lines, true);
        m_tabs->setCurrentIndex(0);
        m_lines->setFocus();
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

std::optional<Order> OrderDialog::changedElsewhere(const Order& base) const
{
    try {
        Order now = m_store.order(base.id);
        if (now.version != base.version)
            return now;
    } catch (const DocketError&) {
        // Gone or out of reach: the original error says enough.
    }
    return std::nullopt;
}

bool OrderDialog::save()
{
    Order mine = edited();
    QList<OrderLine> lines;
    QString error;
    if (!readLines(&lines, &error)) {
        showProblem(QStringLiteral("lines"), error);
        return false;
    }
    mine.lines = lines;
    if (m_isNew) {
        try {
            const qint64 id = m_store.create(mine);
            m_order = m_store.order(id);
            showProblem({}, {});
            return true;
        } catch (const DocketError& e) {
            showProblem(e.field(), e.message());
            return false;
        }
    }
    Order base = m_order;
    int quietRetries = 0;
    for (;;) {
        try {
            m_order = m_store.update(mine);
            showProblem({}, {});
            return true;
        } catch (const DocketError& e) {
            // The store checks transitions against the stored order before
            // the version: any refusal of a save over someone else's may be
            // theirs to explain.
            const std::optional<Order> theirs = changedElsewhere(base);
            if (!theirs) {
                showProblem(e.field(), e.message());
                return false;
            }
            // They changed nothing this form shows (a seen mark, say): put
            // these edits on top of theirs without asking.
            if (orderDifferences(base, *theirs).isEmpty() && quietRetries++ < 3) {
                mine = reapplyEdits(base, mine, *theirs).order;
                base = *theirs;
                continue;
            }
            QString who;
            QDateTime when;
            try {
                const QList<OrderEvent> events = m_store.events(theirs->id);
                if (!events.isEmpty()) {
                    who = events.constLast().actor;
                    when = events.constLast().at;
                }
            } catch (const DocketError&) {
            }
            OrderConflictDialog ask(base, mine, *theirs, who, when, this);
            ask.exec();
            switch (ask.choice()) {
            case OrderConflictDialog::Choice::KeepEditing:
                showProblem({}, tr("Order %1 was changed by someone else after you opened it. "
                                   "Save again to reload their version or re-apply your "
                                   "changes.")
                                    .arg(theirs->number));
                return false;
            case OrderConflictDialog::Choice::Reload:
                load(*theirs);
                loadHistory();
                showProblem({}, {});
                return false;
            case OrderConflictDialog::Choice::Reapply: {
                const Reapplied merged = reapplyEdits(base, mine, *theirs);
                // The form shows the merge; the stored version is the base
                // from now on (a problem with the merge is shown on it).
                load(merged.order);
                loadHistory();
                m_order = *theirs;
                base = *theirs;
                mine = merged.order;
                break;
            }
            }
        }
    }
}

void OrderDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace docket
