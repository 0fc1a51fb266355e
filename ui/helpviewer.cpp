#include "helpviewer.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace docket {

namespace {
QToolButton* navButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& text,
                       const QKeySequence& shortcut, const QString& name)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setText(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setShortcut(shortcut);
    b->setAccessibleName(text);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    return b;
}
} // namespace

HelpViewer::HelpViewer(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("Docket User Guide"));
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setAttribute(Qt::WA_DeleteOnClose);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/help")});

    m_back = navButton(this, QStyle::SP_ArrowBack, tr("Back"), QKeySequence::Back,
                       QStringLiteral("helpBack"));
    m_forward = navButton(this, QStyle::SP_ArrowForward, tr("Forward"), QKeySequence::Forward,
                          QStringLiteral("helpForward"));
    m_home = navButton(this, QStyle::SP_DirHomeIcon, tr("Contents"), QKeySequence(tr("Alt+Home")),
                       QStringLiteral("helpHome"));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { showTopic(); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    m_browser->setSource(guideUrl());
    resize(900, 760);
}

QUrl HelpViewer::guideUrl(const QString& language)
{
    const QString translated = QStringLiteral("/help/guide_%1.html").arg(language);
    if (language != QLatin1String("en") && QFile::exists(QLatin1Char(':') + translated))
        return QUrl(QStringLiteral("qrc") + QLatin1Char(':') + translated);
    return QUrl(QStringLiteral("qrc:/help/guide.html"));
}

void HelpViewer::showTopic(const QString& anchor)
{
    QUrl url = guideUrl();
    if (!anchor.isEmpty())
        url.setFragment(anchor.startsWith(QLatin1Char('#')) ? anchor.mid(1) : anchor);
    m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->scrollToAnchor(QString());
}

} // namespace docket
