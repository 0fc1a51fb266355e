#include "aboutdialog.h"

#include "domain/errors.h"
#include "stores/userstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace docket {

AboutDialog::AboutDialog(std::shared_ptr<const Database> db, const Session& session,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(QGuiApplication::applicationDisplayName()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/docket.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Docket icon"));

    auto* name = new QLabel(this);
    name->setObjectName(QStringLiteral("aboutName"));
    name->setTextFormat(Qt::RichText);
    name->setText(
        QStringLiteral("<span style=\"font-size:18pt; font-weight:bold;\">%1</span>"
                       "<br>%2")
            .arg(QGuiApplication::applicationDisplayName().toHtmlEscaped(),
                 tr("Version %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()));
    auto* blurb = new QLabel(tr("A native desktop back office for e-commerce orders."), this);
    blurb->setWordWrap(true);

    QString sqlite = tr("n/a");
    QString schema = tr("n/a");
    try {
        if (db->backend() == Backend::SQLite)
            sqlite = db->sqliteVersion();
        schema = tr("%1 (this version knows up to %2)")
                     .arg(db->schemaVersion())
                     .arg(Database::latestSchemaVersion(db->backend()));
    } catch (const DocketError& e) {
        schema = e.message();
    }
    const QString backend =
        db->backend() == Backend::SQLite ? tr("SQLite file") : tr("PostgreSQL server");
    const QString user = session.roleName().isEmpty()
                             ? session.userName()
                             : tr("%1 (%2)").arg(session.userName(), roleLabel(session.roleName()));
    const QList<std::pair<QString, QString>> facts{
        {tr("Organization"), QCoreApplication::organizationName()},
        {tr("Qt"), tr("%1 (built with %2)")
                       .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("SQLite"), sqlite},
        {tr("Database"), tr("%1: %2").arg(backend, db->config().displayName())},
        {tr("Schema version"), schema},
        {tr("Signed in as"), user},
        {tr("System"), QSysInfo::prettyProductName()},
    };

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    QStringList lines{QStringLiteral("%1 %2").arg(QGuiApplication::applicationDisplayName(),
                                                  QCoreApplication::applicationVersion())};
    for (const auto& [label, value] : facts) {
        auto* v = new QLabel(value, this);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        v->setAccessibleName(label);
        form->addRow(tr("%1:").arg(label), v);
        lines << QStringLiteral("%1: %2").arg(label, value);
    }
    m_details = lines.join(QLatin1Char('\n'));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(blurb);
    text->addSpacing(8);
    text->addLayout(form);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace docket
