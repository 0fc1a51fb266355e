#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "stores/apikeystore.h"
#include "stores/intakestore.h"
#include "stores/webhookstore.h"

#include <QDialog>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace docket {

class ScopeEditor;

// Administration → API Keys (issue 16 item 4): the keys other systems call
// docket-gateway with — name, the key's first characters, role, scope, rate
// limit, when made and last used, revoked or not — with New Key… and Revoke.
// Every rule is ApiKeyStore's (the same as `docketctl apikey`): ManageUsers,
// each change in the security log, checked again by the server in team mode.
class ApiKeysView : public QWidget
{
    Q_OBJECT
public:
    ApiKeysView(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The table row of key `name`, or -1.
    int rowOfKey(const QString& name) const;

public slots:
    void reload();
    // Opens NewApiKeyDialog; the list again afterwards.
    void newKey();
    // Revokes the selected key after asking.
    void revokeSelected();

signals:
    void statusMessage(const QString& message, int timeoutMs = 5000);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();

    std::shared_ptr<const Database> m_db;
    Session m_session;
    QList<ApiKeyInfo> m_keys;
    QTableWidget* m_table;
    QPushButton* m_new;
    QPushButton* m_revoke;
    QLabel* m_error;
};

// Makes an API key: name, role, scope and rate limit; then shows the key
// once, to copy into the other system (Docket keeps only its hash).
class NewApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    NewApiKeyDialog(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    // The key made (empty until Create succeeded).
    QString key() const { return m_key; }
    QString keyName() const;

public slots:
    // Creates the key with the form's values; on success the dialog shows it,
    // on a refusal the form says why and nothing is made.
    void create();

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    QString m_key;
    QStackedWidget* m_pages;
    QLineEdit* m_name;
    QComboBox* m_role;
    ScopeEditor* m_scope;
    QSpinBox* m_rate;
    QLabel* m_error;
    QPushButton* m_create;
    QLineEdit* m_shown;
    QLabel* m_shownNote;
};

// Administration → Webhooks (issue 16 item 6): the outbound subscriptions
// with their pending / delivered / failed counts, and the delivery log of the
// selected one (every event, its state, attempts and last answer). Reading
// them needs "change settings" (WebhookStore); subscriptions are made with
// `docketctl webhook add`.
class WebhookLogView : public QWidget
{
    Q_OBJECT
public:
    WebhookLogView(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    QTableWidget* subscriptionsTable() const { return m_subscriptions; }
    QTableWidget* deliveriesTable() const { return m_deliveries; }

public slots:
    void reload();
    void reloadDeliveries();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    QList<WebhookSubscription> m_subs;
    QTableWidget* m_subscriptions;
    QTableWidget* m_deliveries;
    QLabel* m_info;
    QPushButton* m_refresh;
};

// Administration → Intake Log (issue 16 item 2): the orders docket-gateway
// refused or left alone, newest first — when, where
// from (source and channel), the shop's order id, the answer (HTTP status and
// code), the field at fault and the message in words — optionally for one
// channel. Reading it needs "change settings" (IntakeStore), as on the
// command line (`docketctl intake log`).
class IntakeLogView : public QWidget
{
    Q_OBJECT
public:
    IntakeLogView(std::shared_ptr<const Database> db, Session session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QComboBox* channelFilter() const { return m_channel; }
    static constexpr int kRows = 500;

public slots:
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::shared_ptr<const Database> m_db;
    Session m_session;
    QComboBox* m_channel;
    QTableWidget* m_table;
    QLabel* m_info;
    QPushButton* m_refresh;
};

} // namespace docket
