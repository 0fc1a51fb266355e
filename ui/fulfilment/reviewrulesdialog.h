#pragma once

#include "db/database.h"
#include "domain/reviewrules.h"
#include "domain/session.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace docket {

class ReviewStore;

// The review rules (issue 15 item 4): every rule with its on/off box and its
// tuning fields (thresholds in the shop's currency, N orders within M
// minutes, the largest quantity of a line, the blocklists one entry a
// line), the version in force and who set it when. Saving writes a new
// version through ReviewStore::setRules (audited); the values are read back
// by review::RuleForm, whose message names a bad field, and nothing is
// written then. Its History tab lists every version, newest first: who set it
// when, with its note and what changed from the version before (in words,
// ReviewStore::history). Without the "manage review rules" right (or on a database
// open read-only) every field is read-only and there is nothing to save.
class ReviewRulesDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewRulesDialog(std::shared_ptr<const Database> db, Session session,
                      QWidget* parent = nullptr);
    ~ReviewRulesDialog() override;

    bool isEditable() const { return m_editable; }
    // The rule's on/off box (a checkable group box).
    QGroupBox* ruleBox(review::Rule rule) const { return m_boxes.value(rule); }
    // The field of a review::RuleForm name (RuleForm::kAmountThreshold, ...):
    // a QLineEdit or, for the blocklists, a QPlainTextEdit.
    QWidget* field(const char* name) const;
    QLineEdit* noteEdit() const { return m_note; }
    QLabel* versionLabel() const { return m_version; }
    QLabel* errorLabel() const { return m_error; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* historyList() const { return m_history; }
    QPushButton* saveButton() const { return m_save; }
    // The version written by the last save (0 before).
    qint64 savedVersion() const { return m_saved; }

public slots:
    void accept() override;

signals:
    void saved(qint64 version);

private:
    void load();
    review::RuleForm form() const;

    std::shared_ptr<const Database> m_db;
    std::unique_ptr<ReviewStore> m_store;
    QString m_currency;
    review::RuleSet m_rules;
    bool m_editable = false;
    qint64 m_saved = 0;
    QMap<review::Rule, QGroupBox*> m_boxes;
    QLineEdit* m_amount;
    QLineEdit* m_firstOrder;
    QLineEdit* m_velocityOrders;
    QLineEdit* m_velocityMinutes;
    QLineEdit* m_maxQuantity;
    QPlainTextEdit* m_domains;
    QPlainTextEdit* m_phones;
    QPlainTextEdit* m_addresses;
    QLabel* m_otherCurrencies;
    QLabel* m_version;
    QLabel* m_readOnly;
    QLineEdit* m_note;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QTreeWidget* m_history;
    QPushButton* m_save = nullptr;
};

} // namespace docket
