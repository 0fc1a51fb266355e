#include "connectiondialog.h"

#include "db/recentconnections.h"
#include "db/serverprobe.h"
#include "domain/errors.h"
#include "formparts.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTextStream>
#include <QThread>
#include <QVBoxLayout>

namespace docket {

namespace {

struct TlsMode
{
    const char* code;
    const char* label;
};
constexpr TlsMode kTlsModes[] = {
    {"disable", QT_TRANSLATE_NOOP("docket::ConnectionDialog", "Off (disable)")},
    {"prefer", QT_TRANSLATE_NOOP("docket::ConnectionDialog", "When the server offers it (prefer)")},
    {"require", QT_TRANSLATE_NOOP("docket::ConnectionDialog", "Always, any certificate (require)")},
    {"verify-full", QT_TRANSLATE_NOOP("docket::ConnectionDialog",
                                      "Always, verified certificate and host (verify-full)")},
};

// Runs on the test thread: connect, ask the server who it is and what the
// database holds (probeServer), disconnect.
QPair<bool, QString> probe(const DatabaseConfig& config)
{
    const ServerProbe p = probeServer(config);
    if (!p.connected)
        return {false, p.error};
    QString holds;
    if (p.schema == 0 && !p.hasTables)
        holds = ConnectionDialog::tr("The database is empty: Docket will create its tables.");
    else if (p.schema == 0)
        holds = ConnectionDialog::tr(
            "The database holds other tables, not Docket's: choose another database.");
    else if (p.schema > p.latestSchema)
        holds = ConnectionDialog::tr("The database was made by a newer Docket (schema %1); "
                                     "update Docket first.")
                    .arg(p.schema);
    else
        holds = ConnectionDialog::tr("The database holds Docket data (schema %1 of %2).")
                    .arg(p.schema)
                    .arg(p.latestSchema);
    return {p.usable(),
            ConnectionDialog::tr("Connected to PostgreSQL %1 as %2. %3")
                .arg(p.serverVersion,
                     config.user.isEmpty() ? ConnectionDialog::tr("the default user") : config.user,
                     holds)};
}

QString osUserName()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return {};
}

// libpq's defaults for what the address leaves out.
QString effectiveUser(const DatabaseConfig& c)
{
    if (!c.user.isEmpty())
        return c.user;
    const QString env = qEnvironmentVariable("PGUSER");
    return env.isEmpty() ? osUserName() : env;
}

QString passwordFilePath()
{
    const QString env = qEnvironmentVariable("PGPASSFILE");
    if (!env.isEmpty())
        return env;
#ifdef Q_OS_WIN
    return qEnvironmentVariable("APPDATA") + QStringLiteral("/postgresql/pgpass.conf");
#else
    return QDir::homePath() + QStringLiteral("/.pgpass");
#endif
}

// host:port:database:user:password, with \: and \\ escaped.
QStringList passwordFileFields(const QString& line)
{
    QStringList fields{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < line.size())
            fields.last() += line.at(++i);
        else if (ch == QLatin1Char(':'))
            fields << QString();
        else
            fields.last() += ch;
    }
    return fields;
}

// A message shown below the fields needs room: the dialog grows (never
// shrinks) to the height its layout wants at its width, instead of squeezing
// the fields.
void growToFit(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (dialog->height() < wanted)
        dialog->resize(dialog->width(), wanted);
}

// A wait cursor for as long as the dialog blocks on the server.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

ConnectionDialog::ConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Docket Server"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));

    auto* intro = new QLabel(tr("A team shares one PostgreSQL database. Enter where it is, or "
                                "paste a postgresql:// address."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setAccessibleName(tr("Recent connections"));
    m_recent->addItem(tr("(choose a recent connection)"));
    for (const DatabaseConfig& c : recentconnections::list())
        if (c.backend == Backend::PostgreSQL)
            m_recent->addItem(c.toString(), c.toString());
    m_recent->setEnabled(m_recent->count() > 1);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setAccessibleName(tr("Address"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/docket?sslmode=require"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_standbys = new QLineEdit(this);
    m_standbys->setObjectName(QStringLiteral("standbys"));
    m_standbys->setAccessibleName(tr("Standby servers"));
    m_standbys->setPlaceholderText(tr("optional: db2.example.com:5432, …"));
    m_standbys->setToolTip(tr("Streaming standbys of the server, as host:port separated by "
                              "commas. When the server goes away and a standby is promoted, "
                              "Docket carries on with it."));
    m_readStandby = new QCheckBox(tr("Read lists and charts from a standby"), this);
    m_readStandby->setObjectName(QStringLiteral("readStandby"));
    m_readStandby->setToolTip(tr("Lists, counts and charts are read from a standby while it "
                                 "is at most the given number of seconds behind; changes, and "
                                 "reading back what you just changed, always use the primary."));
    m_maxLag = new QSpinBox(this);
    m_maxLag->setObjectName(QStringLiteral("maxStandbyLag"));
    m_maxLag->setAccessibleName(tr("Largest delay of a standby to read from, in seconds"));
    m_maxLag->setRange(0, 3600);
    m_maxLag->setValue(DatabaseConfig::kDefaultMaxStandbyLag);
    m_maxLag->setPrefix(tr("at most "));
    m_maxLag->setSuffix(tr(" s behind"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setText(QStringLiteral("docket"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Not remembered: Docket asks for it each time (or uses the "
                              "PGPASSWORD variable or ~/.pgpass)."));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tls"));
    m_tls->setAccessibleName(tr("Encryption (TLS)"));
    for (const TlsMode& m : kTlsModes)
        m_tls->addItem(tr(m.label), QString::fromLatin1(m.code));
    m_tls->setCurrentIndex(1); // prefer: libpq's own default

    auto* form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Stand&bys:"), m_standbys);
    auto* reads = new QHBoxLayout;
    reads->addWidget(m_readStandby);
    reads->addWidget(m_maxLag);
    reads->addStretch();
    form->addRow(tr("Reads:"), reads);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("test"));
    QPushButton* connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connect"));
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionDialog::applyUrl);
    // A whole address pasted into the server field is taken as the address.
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_host->text().trimmed();
        if (text.startsWith(QLatin1String("postgresql://")) ||
            text.startsWith(QLatin1String("postgres://"))) {
            m_url->setText(text);
            m_host->clear();
            applyUrl();
        }
    });
    connect(m_recent, &QComboBox::activated, this, &ConnectionDialog::useRecent);
    for (QLineEdit* e : {m_host, m_standbys, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_maxLag, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsChanged);
    connect(m_readStandby, &QCheckBox::toggled, this, &ConnectionDialog::fieldsChanged);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsChanged);

    auto* v = new QVBoxLayout(this);
    v->addWidget(intro);
    v->addLayout(form);
    v->addWidget(m_result);
    v->addWidget(m_buttons);
    setMinimumWidth(form::charsWide(this, 80));

    // With a recent connection filled in, only its password is left to type.
    if (m_recent->count() > 1) {
        useRecent(1);
    } else {
        fieldsChanged();
        m_host->setFocus();
    }
}

DatabaseConfig ConnectionDialog::config() const
{
    DatabaseConfig c;
    c.backend = Backend::PostgreSQL;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.otherServers = DatabaseConfig::parseServerList(m_standbys->text());
    c.readFromStandby = m_readStandby->isChecked() && !c.otherServers.isEmpty();
    c.maxStandbyLag = m_maxLag->value();
    c.databaseName = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.sslMode = m_tls->currentData().toString();
    return c;
}

void ConnectionDialog::setConfig(const DatabaseConfig& c)
{
    m_host->setText(c.host);
    m_port->setValue(c.port > 0 ? c.port : 5432);
    m_standbys->setText(c.otherServerList());
    m_readStandby->setChecked(c.readFromStandby);
    m_maxLag->setValue(c.maxStandbyLag);
    m_database->setText(c.databaseName);
    m_user->setText(c.user);
    if (!c.password.isEmpty())
        m_password->setText(c.password);
    const int tls = m_tls->findData(c.sslMode.isEmpty() ? QStringLiteral("prefer") : c.sslMode);
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
    fieldsChanged();
}

QString ConnectionDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's name or address.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_tls->currentIndex() < 0)
        return tr("Choose how the connection is encrypted.");
    return {};
}

void ConnectionDialog::fieldsChanged()
{
    // The address follows the fields (never with the password).
    // Reading from a standby needs one.
    const bool standbys = !m_standbys->text().trimmed().isEmpty();
    m_readStandby->setEnabled(standbys);
    m_maxLag->setEnabled(standbys && m_readStandby->isChecked());
    DatabaseConfig c = config();
    c.password.clear();
    m_url->setText(m_host->text().trimmed().isEmpty() ? QString() : c.toString());
}

void ConnectionDialog::applyUrl()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return;
    if (!text.startsWith(QLatin1String("postgresql://")) &&
        !text.startsWith(QLatin1String("postgres://"))) {
        showResult(false, tr("\"%1\" is not a postgresql:// address.").arg(text));
        return;
    }
    const DatabaseConfig c = DatabaseConfig::fromString(text);
    const int tls = m_tls->findData(c.sslMode.isEmpty() ? QStringLiteral("prefer") : c.sslMode);
    if (tls < 0) {
        showResult(false, tr("Unknown sslmode \"%1\": use disable, prefer, require or "
                             "verify-full.")
                              .arg(c.sslMode));
        return;
    }
    m_result->hide();
    setConfig(c);
}

void ConnectionDialog::useRecent(int index)
{
    if (index <= 0)
        return;
    m_recent->setCurrentIndex(index);
    m_password->clear();
    setConfig(DatabaseConfig::fromString(m_recent->itemData(index).toString()));
    m_password->setFocus();
}

void ConnectionDialog::showResult(bool ok, const QString& message)
{
    m_result->setProperty("ok", ok);
    m_result->setText(message);
    // The application's error colour (docket.qss: formError).
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_result->show();
    growToFit(this);
}

void ConnectionDialog::testConnection()
{
    if (const QString p = problem(); !p.isEmpty()) {
        showResult(false, p);
        emit tested(false, p);
        return;
    }
    const quint64 attempt = ++m_attempt;
    const DatabaseConfig c = config();
    m_test->setEnabled(false);
    showResult(true, tr("Connecting to %1…").arg(c.displayName()));
    QPointer<ConnectionDialog> self(this);
    QThread* thread = QThread::create([c, attempt, self] {
        const auto [ok, message] = probe(c);
        QMetaObject::invokeMethod(
            qApp,
            [self, attempt, c, ok = ok, message = message] {
                if (!self || attempt != self->m_attempt)
                    return;
                self->m_test->setEnabled(true);
                QString shown = message;
                // Most servers want a password; say where it goes.
                if (!ok && c.password.isEmpty() && !passwordKnownFor(c))
                    shown += QLatin1Char('\n') +
                             tr("No password was given: enter it above, or choose Connect to be "
                                "asked for it.");
                self->showResult(ok, shown);
                emit self->tested(ok, message);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("docket-connection-test"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectionDialog::accept()
{
    applyUrl();
    if (const QString p = problem(); !p.isEmpty()) {
        showResult(false, p);
        return;
    }
    recentconnections::remember(config());
    QDialog::accept();
}

bool passwordKnownFor(const DatabaseConfig& config)
{
    if (config.backend != Backend::PostgreSQL || !config.password.isEmpty() ||
        qEnvironmentVariableIsSet("PGPASSWORD"))
        return true;
    QFile file(passwordFilePath());
#ifndef Q_OS_WIN
    // libpq ignores a file that others may read.
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!QFileInfo(file).isFile() || (file.permissions() & others))
        return false;
#endif
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString host = config.host.isEmpty() || config.host.startsWith(QLatin1Char('/'))
                             ? QStringLiteral("localhost")
                             : config.host;
    const QString user = effectiveUser(config);
    const QString wanted[] = {host, QString::number(config.port > 0 ? config.port : 5432),
                              config.databaseName.isEmpty() ? user : config.databaseName, user};
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = passwordFileFields(line);
        if (f.size() < 5)
            continue;
        bool match = true;
        for (int i = 0; i < 4 && match; ++i)
            match = f.at(i) == QLatin1String("*") || f.at(i) == wanted[i];
        if (match)
            return true;
    }
    return false;
}

PasswordDialog::PasswordDialog(const DatabaseConfig& config, QWidget* parent)
    : QDialog(parent), m_config(config)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(accountName(config)));
    setWindowIcon(QIcon(QStringLiteral(":/icons/docket.svg")));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/docket.svg")).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("account"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(tr("Enter the password of %1").arg(accountName(config)));
    heading->setWordWrap(true);
    QFont hf = heading->font();
    hf.setBold(true);
    heading->setFont(hf);
    auto* note = new QLabel(tr("Docket uses it for this session only and never saves it."), this);
    note->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError")); // red, as in every form
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Connection problem"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connect"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(note);
    text->addSpacing(6);
    text->addLayout(form);
    text->addWidget(m_error);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto* v = new QVBoxLayout(this);
    v->addLayout(top);
    v->addStretch(1);
    v->addWidget(buttons);
    setMinimumWidth(form::charsWide(this, 80));
    m_password->setFocus();
}

QString PasswordDialog::accountName(const DatabaseConfig& c)
{
    const QString host = c.host.isEmpty() ? QStringLiteral("localhost") : c.host;
    const QString user = effectiveUser(c);
    const QString where = QStringLiteral("%1:%2/%3")
                              .arg(host)
                              .arg(c.port > 0 ? c.port : 5432)
                              .arg(c.databaseName.isEmpty() ? user : c.databaseName);
    return user.isEmpty() ? where : user + QLatin1Char('@') + where;
}

void PasswordDialog::accept()
{
    DatabaseConfig c = m_config;
    c.password = m_password->text();
    auto db = std::make_shared<Database>(c);
    try {
        WaitCursor wait;
        db->connection();
    } catch (const DocketError& e) {
        m_error->setText(e.message());
        m_error->show();
        growToFit(this);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_db = std::move(db);
    QDialog::accept();
}

std::shared_ptr<Database> openDatabaseInteractively(QWidget* parent, const DatabaseConfig& config,
                                                    bool create, QString* error)
{
    error->clear();
    std::shared_ptr<Database> db;
    if (config.backend == Backend::PostgreSQL && !passwordKnownFor(config)) {
        PasswordDialog ask(config, parent);
        if (ask.exec() != QDialog::Accepted)
            return nullptr;
        db = ask.database();
    } else {
        db = std::make_shared<Database>(config);
    }
    try {
        try {
            WaitCursor wait;
            db->open(create);
        } catch (const DocketError& e) {
            // An empty file becomes a Docket database only when asked to.
            if (e.field() != QLatin1String(kEmptyDatabaseField))
                throw;
            db->closeConnection();
            QMessageBox ask(QMessageBox::Question, ConnectionDialog::tr("Empty Database"),
                            e.message(), QMessageBox::Cancel, parent);
            ask.setInformativeText(
                ConnectionDialog::tr("Create a new Docket database in it? It holds nothing "
                                     "else."));
            QPushButton* createButton =
                ask.addButton(ConnectionDialog::tr("C&reate Database"), QMessageBox::AcceptRole);
            ask.setDefaultButton(QMessageBox::Cancel);
            ask.exec();
            if (ask.clickedButton() != createButton)
                return nullptr;
            WaitCursor wait;
            db->open(true);
        }
    } catch (const DocketError& e) {
        db->closeConnection();
        *error = e.message();
        return nullptr;
    }
    return db;
}

} // namespace docket
