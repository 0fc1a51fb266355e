#include "gatewayadmin.h"

#include "adminwidgets.h"
#include "domain/errors.h"
#include "formparts.h"
#include "i18n.h"
#include "readonly.h"
#include "stores/userstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? formatDateTime(t.toLocalTime(), QLocale::ShortFormat, QLocale())
                       : QString();
}

QLabel* note(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

void showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

// ---- API keys ----

ApiKeysView::ApiKeysView(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("apiKeysView"));
    m_table = admin::makeTable(8, this);
    m_table->setObjectName(QStringLiteral("apiKeysTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Key starts"), tr("Role"), tr("Sees"),
                                        tr("Calls a minute"), tr("Created"), tr("Last used"),
                                        tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New Key…"), this);
    m_new->setObjectName(QStringLiteral("newApiKey"));
    m_revoke = new QPushButton(tr("Revoke Ke&y…"), this);
    m_revoke->setObjectName(QStringLiteral("revokeApiKey"));
    m_error = form::errorLabel(this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);

    auto* v = new QVBoxLayout(this);
    v->addWidget(
        note(tr("Other systems (an ERP, a CRM, a web shop) call docket-gateway with a key. "
                "Each key acts with its role's rights on the orders its scope allows, "
                "and every call is logged under its name. A key is shown once, when it "
                "is made; Docket keeps only its fingerprint."),
             this));
    v->addWidget(m_table, 1);
    v->addLayout(buttons);
    v->addWidget(m_error);

    connect(m_new, &QPushButton::clicked, this, &ApiKeysView::newKey);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysView::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApiKeysView::updateButtons);
    updateButtons();
}

void ApiKeysView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

int ApiKeysView::rowOfKey(const QString& name) const
{
    for (int r = 0; r < m_keys.size(); ++r)
        if (m_keys[r].name == name)
            return r;
    return -1;
}

void ApiKeysView::reload()
{
    showError(m_error, {});
    try {
        m_keys = ApiKeyStore(m_db->connection(), m_session).list();
    } catch (const DocketError& e) {
        m_keys.clear();
        showError(m_error, e.message());
    }
    // Built-in roles by their translated names, as the Users tab shows them.
    QHash<QString, QString> roleLabels;
    try {
        for (const RoleInfo& r : UserStore(m_db->connection(), m_session).roles())
            roleLabels.insert(r.name, r.label());
    } catch (const DocketError&) {
        // The names as stored, then.
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_keys.size()));
    for (int r = 0; r < m_keys.size(); ++r) {
        const ApiKeyInfo& k = m_keys[r];
        const QStringList cells{k.name,
                                k.prefix + QStringLiteral("…"),
                                roleLabels.value(k.roleName, k.roleName),
                                UserStore::scopeLabel(k.scope),
                                QLocale().toString(k.ratePerMinute),
                                tr("%1 by %2").arg(when(k.createdAt), k.createdBy),
                                k.lastUsedAt.isValid() ? when(k.lastUsedAt) : tr("never"),
                                k.isRevoked()
                                    ? tr("Revoked %1 by %2").arg(when(k.revokedAt), k.revokedBy)
                                    : tr("Active")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (k.isRevoked())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    updateButtons();
}

void ApiKeysView::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_keys.size() && m_table->selectionModel() &&
                          m_table->selectionModel()->hasSelection();
    enableUnlessReadOnly(m_new, *m_db, m_session.can(Permission::ManageUsers));
    enableUnlessReadOnly(m_revoke, *m_db,
                         selected && !m_keys[row].isRevoked() &&
                             m_session.can(Permission::ManageUsers));
}

void ApiKeysView::newKey()
{
    NewApiKeyDialog dialog(m_db, m_session, this);
    dialog.exec();
    if (!dialog.key().isEmpty()) {
        reload();
        const int row = rowOfKey(dialog.keyName());
        if (row >= 0)
            m_table->selectRow(row);
        emit statusMessage(tr("Made the API key %1.").arg(dialog.keyName()));
    }
}

void ApiKeysView::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_keys.size())
        return;
    const QString name = m_keys[row].name;
    const auto answer = QMessageBox::question(
        this, tr("Revoke API Key"),
        tr("Revoke the API key %1? The gateway refuses it within seconds; a system still "
           "using it stops working. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        ApiKeyStore(m_db->connection(), m_session).revoke(name);
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        return;
    }
    reload();
    emit statusMessage(tr("Revoked the API key %1.").arg(name));
}

NewApiKeyDialog::NewApiKeyDialog(std::shared_ptr<const Database> db, Session session,
                                 QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("newApiKeyDialog"));
    setWindowTitle(tr("New API Key"));
    m_pages = new QStackedWidget(this);

    // The form.
    auto* formPage = new QWidget(m_pages);
    m_name = new QLineEdit(formPage);
    m_name->setObjectName(QStringLiteral("apiKeyName"));
    m_name->setPlaceholderText(tr("e.g. erp-sync"));
    m_role = new QComboBox(formPage);
    m_role->setObjectName(QStringLiteral("apiKeyRole"));
    m_scope = new ScopeEditor(formPage);
    m_rate = new QSpinBox(formPage);
    m_rate->setObjectName(QStringLiteral("apiKeyRate"));
    m_rate->setRange(1, 1000000);
    m_rate->setValue(600);
    m_rate->setGroupSeparatorShown(true);
    m_error = form::errorLabel(formPage);
    try {
        admin::fillRoles(m_role, UserStore(m_db->connection(), m_session).roles());
    } catch (const DocketError& e) {
        showError(m_error, e.message());
    }
    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), formPage);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto* roleLabel = new QLabel(tr("&Role:"), formPage);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    form->addRow(tr("Sees:"), m_scope);
    auto* rateLabel = new QLabel(tr("&Calls a minute:"), formPage);
    rateLabel->setBuddy(m_rate);
    form->addRow(rateLabel, m_rate);
    auto* formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, formPage);
    m_create = formButtons->addButton(tr("&Create Key"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createApiKey"));
    m_create->setDefault(true);
    enableUnlessReadOnly(m_create, *m_db, m_session.can(Permission::ManageUsers));
    connect(m_create, &QPushButton::clicked, this, &NewApiKeyDialog::create);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* fv = new QVBoxLayout(formPage);
    fv->setContentsMargins(0, 0, 0, 0);
    fv->addWidget(note(tr("The key acts with the role's rights on the orders it sees, at most "
                          "this many calls a minute."),
                       formPage));
    fv->addLayout(form);
    fv->addWidget(m_error);
    fv->addStretch(1);
    fv->addWidget(formButtons);
    m_pages->addWidget(formPage);

    // The key, once.
    auto* keyPage = new QWidget(m_pages);
    m_shownNote = note(QString(), keyPage);
    m_shownNote->setObjectName(QStringLiteral("apiKeyShownNote"));
    m_shown = new QLineEdit(keyPage);
    m_shown->setObjectName(QStringLiteral("apiKeyShown"));
    m_shown->setReadOnly(true);
    m_shown->setAccessibleName(tr("The new API key"));
    QFont mono = m_shown->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_shown->setFont(mono);
    auto* copy = new QPushButton(tr("C&opy"), keyPage);
    copy->setObjectName(QStringLiteral("copyApiKey"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_shown->text()); });
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_shown, 1);
    keyRow->addWidget(copy);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, keyPage);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* kv = new QVBoxLayout(keyPage);
    kv->setContentsMargins(0, 0, 0, 0);
    kv->addWidget(m_shownNote);
    kv->addLayout(keyRow);
    kv->addStretch(1);
    kv->addWidget(close);
    m_pages->addWidget(keyPage);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_pages);
    resize(560, sizeHint().height());
}

QString NewApiKeyDialog::keyName() const
{
    return m_name->text().trimmed();
}

void NewApiKeyDialog::create()
{
    if (!m_key.isEmpty())
        return;
    showError(m_error, {});
    try {
        const NewApiKey made = ApiKeyStore(m_db->connection(), m_session)
                                   .create(keyName(), m_role->currentData().toString(),
                                           m_scope->scope(), m_rate->value());
        m_key = made.key;
    } catch (const DocketError& e) {
        showError(m_error, e.message());
        if (e.field() == QLatin1String("name"))
            m_name->setFocus();
        return;
    }
    m_shownNote->setText(tr("The API key %1 is made. Copy it now into the other system's "
                            "settings: Docket does not show it again.")
                             .arg(keyName()));
    m_shown->setText(m_key);
    m_pages->setCurrentIndex(1);
    m_shown->setFocus();
    m_shown->selectAll();
}

// ---- webhooks ----

namespace {

QString deliveryState(const QString& state)
{
    if (state == QLatin1String("pending"))
        return WebhookLogView::tr("Pending");
    if (state == QLatin1String("delivered"))
        return WebhookLogView::tr("Delivered");
    if (state == QLatin1String("failed"))
        return WebhookLogView::tr("Failed (gave up)");
    return state;
}

} // namespace

WebhookLogView::WebhookLogView(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("webhookLogView"));
    m_subscriptions = admin::makeTable(6, this);
    m_subscriptions->setObjectName(QStringLiteral("webhookSubscriptions"));
    m_subscriptions->setAccessibleName(tr("Webhook subscriptions"));
    m_subscriptions->setHorizontalHeaderLabels(
        {tr("Address"), tr("Events"), tr("Pending"), tr("Delivered"), tr("Failed"), tr("Added")});
    m_subscriptions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_deliveries = admin::makeTable(7, this);
    m_deliveries->setObjectName(QStringLiteral("webhookDeliveries"));
    m_deliveries->setAccessibleName(tr("Deliveries"));
    m_deliveries->setHorizontalHeaderLabels({tr("Happened"), tr("Event"), tr("State"),
                                             tr("Attempts"), tr("Last answer"), tr("Next attempt"),
                                             tr("Delivered")});
    m_deliveries->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_info = note(QString(), this);
    m_info->setObjectName(QStringLiteral("webhookInfo"));
    m_refresh = new QPushButton(tr("Refre&sh"), this);
    m_refresh->setObjectName(QStringLiteral("webhookRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &WebhookLogView::reload);
    connect(m_subscriptions, &QTableWidget::itemSelectionChanged, this,
            &WebhookLogView::reloadDeliveries);

    auto* top = new QHBoxLayout;
    top->addWidget(note(tr("docket-gateway sends each event to the addresses subscribed to it, "
                           "signed, and tries again with growing pauses when an address does "
                           "not answer. Subscriptions are added with docketctl webhook add."),
                        this),
                   1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_subscriptions, 1);
    v->addWidget(new QLabel(tr("Deliveries of the selected subscription, newest first:"), this));
    v->addWidget(m_deliveries, 2);
    v->addWidget(m_info);
}

void WebhookLogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void WebhookLogView::reload()
{
    const qint64 selected = [this] {
        const int r = m_subscriptions->currentRow();
        return r >= 0 && r < m_subs.size() ? m_subs[r].id : qint64(-1);
    }();
    m_info->clear();
    try {
        m_subs = WebhookStore(m_db->connection(), m_session).subscriptions();
    } catch (const DocketError& e) {
        m_subs.clear();
        m_info->setText(e.message());
    }
    const QSignalBlocker block(m_subscriptions);
    m_subscriptions->setRowCount(0);
    m_subscriptions->setRowCount(int(m_subs.size()));
    int select = m_subs.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_subs.size(); ++r) {
        const WebhookSubscription& s = m_subs[r];
        const QLocale loc;
        const QStringList cells{s.url,
                                s.events == QStringList{QStringLiteral("*")} ? tr("all")
                                                                             : s.events.join(u", "),
                                loc.toString(s.pending),
                                loc.toString(s.delivered),
                                loc.toString(s.failed),
                                tr("%1 by %2").arg(when(s.createdAt), s.createdBy)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_subscriptions->setItem(r, c, item);
        }
        if (s.id == selected)
            select = r;
    }
    m_subscriptions->resizeColumnsToContents();
    m_subscriptions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_subs.isEmpty() && m_info->text().isEmpty())
        m_info->setText(tr("No subscriptions yet."));
    if (select >= 0)
        m_subscriptions->selectRow(select);
    reloadDeliveries();
}

void WebhookLogView::reloadDeliveries()
{
    m_deliveries->setRowCount(0);
    const int r = m_subscriptions->currentRow();
    if (r < 0 || r >= m_subs.size())
        return;
    QList<WebhookDeliveryLog> log;
    try {
        log = WebhookStore(m_db->connection(), m_session).deliveries(m_subs[r].id);
    } catch (const DocketError& e) {
        m_info->setText(e.message());
        return;
    }
    m_deliveries->setRowCount(int(log.size()));
    for (int i = 0; i < log.size(); ++i) {
        const WebhookDeliveryLog& d = log[i];
        QString answer;
        if (d.lastStatus > 0)
            answer = tr("HTTP %1").arg(d.lastStatus);
        if (!d.lastError.isEmpty())
            answer = answer.isEmpty() ? d.lastError : answer + QStringLiteral(" — ") + d.lastError;
        const QStringList cells{when(d.eventAt),
                                d.kind,
                                deliveryState(d.state),
                                QString::number(d.attempts),
                                answer,
                                d.state == QLatin1String("pending") ? when(d.nextAttemptAt)
                                                                    : QString(),
                                when(d.deliveredAt)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 1)
                item->setToolTip(d.eventId);
            m_deliveries->setItem(i, c, item);
        }
    }
    m_deliveries->resizeColumnsToContents();
    m_deliveries->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

// ---- intake log ----

IntakeLogView::IntakeLogView(std::shared_ptr<const Database> db, Session session, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("intakeLogView"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("intakeLogChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), QString());
    m_table = admin::makeTable(7, this);
    m_table->setObjectName(QStringLiteral("intakeLogTable"));
    m_table->setAccessibleName(tr("Intake log"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("From"), tr("Channel"), tr("Order id"),
                                        tr("Result"), tr("Field"), tr("Message")});
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_info = note(QString(), this);
    m_info->setObjectName(QStringLiteral("intakeLogInfo"));
    m_refresh = new QPushButton(tr("Refre&sh"), this);
    m_refresh->setObjectName(QStringLiteral("intakeLogRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &IntakeLogView::reload);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeLogView::reload);

    auto* channelLabel = new QLabel(tr("Channel:"), this);
    channelLabel->setBuddy(m_channel);
    auto* top = new QHBoxLayout;
    top->addWidget(note(tr("Orders that docket-gateway refused or left alone, "
                           "newest first: nothing of them was written. The shop may send a "
                           "refused order again once the problem is put right."),
                        this),
                   1);
    top->addWidget(channelLabel, 0, Qt::AlignTop);
    top->addWidget(m_channel, 0, Qt::AlignTop);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addWidget(m_table, 1);
    v->addWidget(m_info);
}

void IntakeLogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void IntakeLogView::reload()
{
    m_info->clear();
    const QString channel = m_channel->currentData().toString();
    QList<IntakeLogEntry> entries;
    QList<IntakeChannel> channels;
    try {
        IntakeStore store(m_db->connection(), m_session);
        entries = store.logEntries(kRows, channel);
        channels = store.channels();
    } catch (const DocketError& e) {
        m_info->setText(e.message());
    }
    // The channels to pick from: the configured ones and those in the log.
    {
        QStringList codes;
        for (const IntakeChannel& c : channels)
            codes << c.channel;
        for (const IntakeLogEntry& e : entries)
            if (!e.channel.isEmpty())
                codes << e.channel;
        for (int i = 1; i < m_channel->count(); ++i)
            codes << m_channel->itemData(i).toString();
        codes.removeDuplicates();
        codes.sort();
        const QSignalBlocker block(m_channel);
        while (m_channel->count() > 1)
            m_channel->removeItem(1);
        for (const QString& c : codes)
            m_channel->addItem(c, c);
        m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const IntakeLogEntry& e = entries[r];
        const QStringList cells{when(e.at),
                                e.principal.isEmpty() ? e.source : e.principal,
                                e.channel,
                                e.externalId,
                                e.status > 0 ? QStringLiteral("%1 %2").arg(e.status).arg(e.code)
                                             : e.code,
                                e.field,
                                e.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 6)
                item->setToolTip(e.message);
            if (c == 1 && !e.remote.isEmpty())
                item->setToolTip(tr("From the address %1").arg(e.remote));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    if (entries.isEmpty() && m_info->text().isEmpty())
        m_info->setText(channel.isEmpty()
                            ? tr("Nothing refused.")
                            : tr("Nothing refused from the channel %1.").arg(channel));
    else if (entries.size() == kRows)
        m_info->setText(
            tr("The newest %L1 entries; docketctl intake log --limit N shows more.").arg(kRows));
}

} // namespace docket
