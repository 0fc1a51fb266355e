#include "reviewrulesdialog.h"

#include "domain/errors.h"
#include "formparts.h"
#include "i18n.h"
#include "readonly.h"
#include "stores/reviewstore.h"
#include "stores/shopsettingsstore.h"
#include "stores/userstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

// The History tab reads the newest versions only (each compared with the one
// before it); docketctl rules history --limit reads further back.
constexpr int kHistoryShown = 100;

QLineEdit* numberEdit(QWidget* parent, const char* name, int chars)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    e->setMaximumWidth(form::charsWide(e, chars));
    return e;
}

QPlainTextEdit* listEdit(QWidget* parent, const char* name, const QString& placeholder)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    return e;
}

// A rule's box: its label as the title, checkable (the rule on or off); an
// off rule's fields stay readable but disabled.
QGroupBox* makeRuleBox(QWidget* parent, review::Rule rule)
{
    auto* box = new QGroupBox(review::label(rule), parent);
    box->setObjectName(QStringLiteral("rule_") + review::code(rule));
    box->setCheckable(true);
    return box;
}

} // namespace

ReviewRulesDialog::ReviewRulesDialog(std::shared_ptr<const Database> db, Session session,
                                     QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("reviewRulesDialog"));
    setWindowTitle(tr("Review Rules"));
    m_editable = session.can(Permission::ManageRules) && !m_db->isReadOnly();
    const QString role =
        session.roleName().isEmpty() ? session.userName() : roleLabel(session.roleName());
    m_currency = ShopSettingsStore(m_db->connection(), session).currency();
    m_store = std::make_unique<ReviewStore>(m_db->connection(), std::move(session));

    auto* intro = new QLabel(tr("An order that trips a rule switched on waits for review, with "
                                "the reasons in words; one that trips none is approved at once. "
                                "Every change is saved as a new version of the rules."),
                             this);
    intro->setWordWrap(true);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("rulesVersion"));
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("rulesReadOnly"));
    m_readOnly->setWordWrap(true);
    if (m_db->isReadOnly())
        m_readOnly->setText(readOnlyNote(*m_db));
    else if (!m_editable)
        m_readOnly->setText(tr("Changing the rules needs the right “%1”, which your role (%2) "
                               "does not have.")
                                .arg(permission::label(Permission::ManageRules), role));
    m_readOnly->setVisible(!m_editable);

    for (review::Rule r : review::all())
        m_boxes.insert(r, makeRuleBox(this, r));

    const QString symbol = Money(0, m_currency).currencySymbol();
    // Amount and first order: a threshold each, in the shop's currency.
    m_amount = numberEdit(this, review::RuleForm::kAmountThreshold, 14);
    m_amount->setAccessibleName(tr("Amount threshold"));
    auto* amountForm = new QFormLayout(m_boxes[review::Rule::Amount]);
    amountForm->addRow(tr("Hold orders above (%1):").arg(symbol), m_amount);
    m_firstOrder = numberEdit(this, review::RuleForm::kFirstOrderThreshold, 14);
    m_firstOrder->setAccessibleName(tr("First order threshold"));
    auto* firstForm = new QFormLayout(m_boxes[review::Rule::FirstOrder]);
    firstForm->addRow(tr("Hold a new customer's first order above (%1):").arg(symbol),
                      m_firstOrder);
    m_otherCurrencies = new QLabel(this);
    m_otherCurrencies->setObjectName(QStringLiteral("otherCurrencies"));
    m_otherCurrencies->setWordWrap(true);

    m_velocityOrders = numberEdit(this, review::RuleForm::kVelocityOrders, 8);
    m_velocityOrders->setAccessibleName(tr("Orders from one customer"));
    m_velocityMinutes = numberEdit(this, review::RuleForm::kVelocityMinutes, 8);
    m_velocityMinutes->setAccessibleName(tr("Within minutes"));
    auto* velocityForm = new QFormLayout(m_boxes[review::Rule::Velocity]);
    velocityForm->addRow(tr("Hold when more than this many orders…"), m_velocityOrders);
    velocityForm->addRow(tr("…come from one email or phone within minutes:"), m_velocityMinutes);

    m_maxQuantity = numberEdit(this, review::RuleForm::kMaxQuantity, 10);
    m_maxQuantity->setAccessibleName(tr("Largest quantity of a line"));
    auto* quantityForm = new QFormLayout(m_boxes[review::Rule::Quantity]);
    quantityForm->addRow(tr("Hold when a line asks for more than:"), m_maxQuantity);

    for (review::Rule r : {review::Rule::CountryMismatch, review::Rule::Address}) {
        auto* text = new QLabel(r == review::Rule::CountryMismatch
                                    ? tr("Holds an order shipped to another country than the "
                                         "one it is billed in.")
                                    : tr("Holds an order whose shipping address lacks the "
                                         "street, postcode, city or country."),
                                this);
        text->setWordWrap(true);
        (new QVBoxLayout(m_boxes[r]))->addWidget(text);
    }

    m_domains = listEdit(this, review::RuleForm::kBlockedDomains,
                         tr("One domain a line, e.g. spam.example"));
    m_domains->setAccessibleName(tr("Blocked email domains"));
    m_phones = listEdit(this, review::RuleForm::kBlockedPhones,
                        tr("One phone number a line, e.g. +86 138 0000 0000"));
    m_phones->setAccessibleName(tr("Blocked phones"));
    m_addresses = listEdit(this, review::RuleForm::kBlockedAddresses,
                           tr("One address a line: street, postcode"));
    m_addresses->setAccessibleName(tr("Blocked addresses"));
    auto* blockForm = new QFormLayout(m_boxes[review::Rule::Blocklist]);
    blockForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    blockForm->addRow(tr("Email domains:"), m_domains);
    blockForm->addRow(tr("Phones (compared by their digits):"), m_phones);
    blockForm->addRow(tr("Addresses (compared without case and extra spaces):"), m_addresses);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("rulesNote"));
    m_note->setPlaceholderText(tr("Why the rules change (kept with the version)"));
    m_note->setMaxLength(500);
    m_error = form::errorLabel(this);

    auto* left = new QVBoxLayout;
    for (review::Rule r :
         {review::Rule::Amount, review::Rule::FirstOrder, review::Rule::CountryMismatch,
          review::Rule::Velocity, review::Rule::Quantity, review::Rule::Address})
        left->addWidget(m_boxes[r]);
    left->addWidget(m_otherCurrencies);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_boxes[review::Rule::Blocklist], 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* noteRow = new QFormLayout;
    noteRow->addRow(tr("&Note:"), m_note);

    // Every version of the rules, newest first, with what it changed.
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("rulesHistory"));
    m_history->setAccessibleName(tr("Versions of the rules"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(false); // a version's changes, one a line
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("Version"), tr("Set by"), tr("When"), tr("What changed")});
    m_history->header()->setStretchLastSection(true);

    auto* rulesPage = new QWidget(this);
    auto* rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addLayout(columns, 1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rulesTabs"));
    m_tabs->addTab(rulesPage, tr("&Rules"));
    m_tabs->addTab(m_history, tr("&History"));

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addWidget(m_version);
    v->addWidget(m_readOnly);
    v->addWidget(m_tabs, 1);
    v->addLayout(noteRow);
    v->addWidget(m_error);
    if (m_editable) {
        v->addWidget(form::acceptCancelButtons(this, tr("Save as New Version"), &m_save));
        m_save->setObjectName(QStringLiteral("saveRules"));
    } else {
        auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        v->addWidget(close);
        for (QGroupBox* box : std::as_const(m_boxes))
            box->setEnabled(false);
        m_note->setEnabled(false);
    }
    resize(form::charsWide(this, 130), sizeHint().height());
    load();
}

ReviewRulesDialog::~ReviewRulesDialog() = default;

QWidget* ReviewRulesDialog::field(const char* name) const
{
    return findChild<QWidget*>(QLatin1String(name));
}

void ReviewRulesDialog::load()
{
    const QLocale loc;
    QList<ReviewStore::Version> latest;
    try {
        m_rules = m_store->rules();
        latest = m_store->history(kHistoryShown);
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        if (m_save)
            m_save->setEnabled(false);
        return;
    }
    const review::RuleForm f = review::RuleForm::of(m_rules, m_currency, loc);
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(f.on.value(it.key()));
    m_amount->setText(f.amountThreshold);
    m_firstOrder->setText(f.firstOrderThreshold);
    m_velocityOrders->setText(f.velocityOrders);
    m_velocityMinutes->setText(f.velocityMinutes);
    m_maxQuantity->setText(f.maxQuantity);
    m_domains->setPlainText(f.blockedDomains);
    m_phones->setPlainText(f.blockedPhones);
    m_addresses->setPlainText(f.blockedAddresses);
    m_amount->setPlaceholderText(tr("none in %1").arg(m_currency));
    m_firstOrder->setPlaceholderText(tr("none in %1").arg(m_currency));

    // The thresholds of the other currencies are kept as they are
    // (docketctl rules set amount threshold CNY 8000).
    auto others = [&](const QMap<QString, qint64>& m) {
        QStringList out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            if (it.key() != m_currency)
                out << Money(it.value(), it.key()).toString(loc);
        return out;
    };
    const QStringList amounts = others(m_rules.amountThresholds);
    const QStringList firsts = others(m_rules.firstOrderThresholds);
    const bool anyOther = !amounts.isEmpty() || !firsts.isEmpty();
    m_otherCurrencies->setText(
        anyOther ? tr("In other currencies (set with docketctl rules set): orders above %1; first "
                      "orders above %2.")
                       .arg(amounts.isEmpty() ? tr("none") : loc.createSeparatedList(amounts),
                            firsts.isEmpty() ? tr("none") : loc.createSeparatedList(firsts))
                 : QString());
    m_otherCurrencies->setVisible(anyOther);

    if (latest.isEmpty() || m_rules.version == 0) {
        m_version->setText(tr("The built-in rules are in force (no version saved yet)."));
    } else {
        const ReviewStore::Version& now = latest.constFirst();
        QString text =
            tr("Version %L1, set by %2 on %3.")
                .arg(now.version)
                .arg(now.changedBy.isEmpty() ? tr("the system") : now.changedBy,
                     formatDateTime(now.changedAt.toLocalTime(), QLocale::ShortFormat, loc));
        if (!now.note.isEmpty())
            text += QLatin1Char(' ') + tr("Note: %1").arg(now.note);
        m_version->setText(text);
    }

    m_history->clear();
    QList<QTreeWidgetItem*> items;
    for (const ReviewStore::Version& v : std::as_const(latest)) {
        QStringList what = v.changes;
        if (v.first)
            what.prepend(tr("The first version of the rules."));
        else if (what.isEmpty())
            what << tr("Nothing changed.");
        if (!v.note.isEmpty())
            what << tr("Note: %1").arg(v.note);
        auto* item = new QTreeWidgetItem(
            {loc.toString(v.version), v.changedBy.isEmpty() ? tr("the system") : v.changedBy,
             formatDateTime(v.changedAt.toLocalTime(), QLocale::ShortFormat, loc),
             what.join(QLatin1Char('\n'))});
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignLeft | Qt::AlignTop);
        items << item;
    }
    // A page of the newest: say where the older ones are.
    if (latest.size() >= kHistoryShown && !latest.constLast().first) {
        auto* more = new QTreeWidgetItem(
            {QString(), QString(), QString(),
             tr("Only the newest %L1 versions are shown; docketctl rules history --limit N "
                "lists older ones.")
                 .arg(kHistoryShown)});
        more->setFlags(Qt::ItemIsEnabled);
        more->setForeground(3, palette().color(QPalette::Disabled, QPalette::Text));
        items << more;
    }
    m_history->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
}

review::RuleForm ReviewRulesDialog::form() const
{
    review::RuleForm f;
    f.currency = m_currency;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        f.on.insert(it.key(), it.value()->isChecked());
    f.amountThreshold = m_amount->text();
    f.firstOrderThreshold = m_firstOrder->text();
    f.velocityOrders = m_velocityOrders->text();
    f.velocityMinutes = m_velocityMinutes->text();
    f.maxQuantity = m_maxQuantity->text();
    f.blockedDomains = m_domains->toPlainText();
    f.blockedPhones = m_phones->toPlainText();
    f.blockedAddresses = m_addresses->toPlainText();
    return f;
}

void ReviewRulesDialog::accept()
{
    if (!m_editable)
        return;
    m_error->hide();
    review::RuleSet rules = m_rules;
    const QList<review::RuleForm::Problem> problems = form().applyTo(&rules, QLocale());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const auto& p : problems)
            messages << p.message;
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->show();
        if (QWidget* w = field(problems.constFirst().field.toLatin1().constData()))
            w->setFocus(Qt::OtherFocusReason);
        return;
    }
    try {
        const qint64 before = m_rules.version;
        m_saved = m_store->setRules(rules, m_note->text());
        if (m_saved != before)
            emit saved(m_saved);
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace docket
