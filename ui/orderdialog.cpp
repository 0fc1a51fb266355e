#include "orderdialog.h"

#include "db/sql.h"
#include "domain/errors.h"
#include "formparts.h"
#include "fulfilment/fulfilmentpanel.h"
#include "i18n.h"
#include "orderconflictdialog.h"
#include "settings.h"
#include "stores/orderconflict.h"
#include "stores/orderstore.h"
#include "stores/shopsettingsstore.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

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

void markInvalid(QWidget* w, bool invalid)
{
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

OrderDialog::OrderDialog(OrderStore& store, qint64 id, QWidget* parent)
    : QDialog(parent), m_store(store), m_catalog(store.database(), store.session()),
      m_isNew(id == 0)
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
    m_channel->setObjectName(QStringLiteral("orderChannel"));
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

    auto* dv = new QVBoxLayout(details);
    dv->addLayout(cols);
    buildLines(details, dv);

    // History.
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("orderHistory"));
    m_history->setAccessibleName(tr("Order history"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    // Internal comments, under the timeline they become part of.
    auto* historyPage = new QWidget(this);
    m_comment = new QPlainTextEdit(historyPage);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setAccessibleName(tr("Internal comment"));
    m_comment->setPlaceholderText(
        tr("An internal comment for your colleagues (customers never see it)"));
    m_comment->setMaximumHeight(m_comment->fontMetrics().height() * 4);
    m_addComment = new QPushButton(tr("Add Co&mment"), historyPage);
    m_addComment->setObjectName(QStringLiteral("addComment"));
    m_addComment->setEnabled(false);
    auto* commentRow = new QHBoxLayout;
    commentRow->addWidget(m_comment, 1);
    commentRow->addWidget(m_addComment, 0, Qt::AlignBottom);
    auto* hv = new QVBoxLayout(historyPage);
    hv->addWidget(m_history, 1);
    hv->addLayout(commentRow);
    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_addComment->setEnabled(!m_comment->toPlainText().trimmed().isEmpty()); });
    connect(m_addComment, &QPushButton::clicked, this, &OrderDialog::addComment);

    // The customer: their other orders, totals, first and last order.
    m_customerPage = new QWidget(this);
    m_customerPage->setObjectName(QStringLiteral("customerPage"));
    m_customerHeading = new QLabel(m_customerPage);
    m_customerHeading->setObjectName(QStringLiteral("customerHeading"));
    m_customerHeading->setWordWrap(true);
    m_customerHeading->setTextFormat(Qt::PlainText);
    m_customerFigures = new QLabel(m_customerPage);
    m_customerFigures->setObjectName(QStringLiteral("customerFigures"));
    m_customerFigures->setWordWrap(true);
    m_customerOrders = new QTableWidget(0, 4, m_customerPage);
    m_customerOrders->setObjectName(QStringLiteral("customerOrders"));
    m_customerOrders->setAccessibleName(tr("The customer's orders"));
    m_customerOrders->setHorizontalHeaderLabels(
        {tr("Order"), tr("Created"), tr("Status"), tr("Amount")});
    m_customerOrders->verticalHeader()->hide();
    m_customerOrders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customerOrders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customerOrders->setAlternatingRowColors(true);
    m_customerOrders->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_showCustomer = new QPushButton(tr("Show in the &List"), m_customerPage);
    m_showCustomer->setObjectName(QStringLiteral("showCustomerOrders"));
    m_showCustomer->setToolTip(
        tr("Filter the order list to this customer's orders (a chip you can remove)"));
    auto* cv = new QVBoxLayout(m_customerPage);
    cv->addWidget(m_customerHeading);
    cv->addWidget(m_customerFigures);
    cv->addWidget(m_customerOrders, 1);
    auto* cb = new QHBoxLayout;
    cb->addStretch(1);
    cb->addWidget(m_showCustomer);
    cv->addLayout(cb);
    connect(m_showCustomer, &QPushButton::clicked, this,
            [this] { emit showOrders(customerFilter()); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(details, tr("&Order"));
    m_tabs->addTab(historyPage, tr("&History"));
    m_tabs->addTab(m_customerPage, tr("Customer &View"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_customerPage && !m_customerLoaded)
            loadCustomer();
    });

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
        // A channel this user may create orders in (a web-shop clerk's
        // first order is a web-shop order, not a refused phone order).
        blank.channel = m_store.defaultChannel();
        // In the shop's currency (the shop.currency setting).
        blank.currency = ShopSettingsStore(m_store.database(), m_store.session()).currency();
        blank.createdAt = QDateTime::currentDateTimeUtc();
        load(blank);
        addLine();
        setWindowTitle(tr("New Order"));
        m_tabs->setTabEnabled(1, false);
        m_tabs->setTabEnabled(2, false);
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
        // Payments, refunds, shipments and the steps (issue 15); their
        // records move the status, so the order is read again after each,
        // keeping what is typed in the Order tab and not saved yet.
        auto* fulfilment = new FulfilmentPanel(m_store, id, this);
        m_tabs->insertTab(1, fulfilment, tr("&Fulfilment"));
        connect(fulfilment, &FulfilmentPanel::changed, this, &OrderDialog::reloadKeepingEdits);
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
                         m_country, m_assigned, m_shipping, m_taxRate})
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
    for (QWidget* w : std::initializer_list<QWidget*>{m_customer, m_email, m_phone, m_street,
                                                      m_postcode, m_city, m_region, m_country,
                                                      m_assigned, m_note, m_shipping, m_taxRate}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    // Comments need the same right as edits (also on invalid orders).
    const bool comment = !m_isNew && m_store.session().can(Permission::EditOrders);
    m_comment->setVisible(comment);
    m_addComment->setVisible(comment);
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
    // The channels this user may put orders in (and the order's own).
    m_channel->clear();
    const QStringList allowed = m_store.channelsForNewOrders();
    for (const QString& c : channel::codes())
        if (allowed.contains(c) || c == o.channel)
            m_channel->addItem(channel::label(c), c);
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
    loadCharges(o);
    updateTotal();
    m_customerLoaded = false;
    if (m_tabs->currentWidget() == m_customerPage)
        loadCustomer();
    const Session& s = m_store.session();
    // A read-only database shows the order as it is, with nothing to change.
    const bool writable = sql::readOnlyReason(m_store.database()).isEmpty();
    const bool editable =
        writable && !o.isInvalid() &&
        (m_isNew ? s.can(Permission::CreateOrders) : s.can(Permission::EditOrders));
    setEditable(editable,
                writable && !o.isInvalid() && (m_isNew || s.can(Permission::ChangeStatus)));
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
    // Charges that do not read keep the stored ones here; save() names them.
    OrderStore::readCharges(o, m_shipping->text(), m_taxRate->text());
    return o;
}

void OrderDialog::showProblem(const QString& field, const QString& message)
{
    const QHash<QString, QWidget*> fields{
        {QStringLiteral("customer_name"), m_customer}, {QStringLiteral("email"), m_email},
        {QStringLiteral("channel"), m_channel},        {QStringLiteral("status"), m_status},
        {QStringLiteral("shipping"), m_shipping},      {QStringLiteral("tax_rate"), m_taxRate}};
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
    if (const QList<FieldError> bad =
            OrderStore::readCharges(mine, m_shipping->text(), m_taxRate->text());
        !bad.isEmpty()) {
        showProblem(bad.first().field, bad.first().message);
        return false;
    }
    // No address on a new order, or one this edit took away: ask, with the
    // safe answer first (never a silent save).
    const bool hadAddress = !m_isNew && OrderStore::warnings(m_order).isEmpty();
    if ((m_isNew || hadAddress) && !OrderStore::warnings(mine).isEmpty() &&
        !confirmWarnings(OrderStore::warnings(mine)))
        return false;
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
            const Order before = m_order;
            m_order = m_store.update(mine);
            if (m_order.version != before.version)
                m_savedOver = before;
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

bool OrderDialog::confirmWarnings(const QList<FieldError>& warnings)
{
    QStringList text;
    for (const FieldError& w : warnings)
        text << w.message;
    QMessageBox box(QMessageBox::Warning, tr("No Shipping Address"), text.join(QLatin1Char('\n')),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("addressWarning"));
    box.setInformativeText(tr("Add the address now, or save the order without one (for an "
                              "order collected in the shop, say)."));
    QPushButton* add = box.addButton(tr("&Add Address"), QMessageBox::RejectRole);
    add->setObjectName(QStringLiteral("addAddress"));
    QPushButton* saveAnyway = box.addButton(tr("Save &Without Address"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveWithoutAddress"));
    box.setDefaultButton(add);
    box.setEscapeButton(add);
    box.exec();
    if (box.clickedButton() == saveAnyway)
        return true;
    m_tabs->setCurrentIndex(0);
    markInvalid(m_street, true);
    m_street->setFocus();
    return false;
}

void OrderDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace docket
