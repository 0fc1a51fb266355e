#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;
class QToolButton;

namespace docket {

// Help → User Guide: resources/help/guide.html (compiled in as
// qrc:/help/guide.html, with its screenshots) in a QTextBrowser with back,
// forward and home. Links to other sites open in the system browser.
class HelpViewer : public QDialog
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget* parent = nullptr);

    static QUrl guideUrl(); // qrc:/help/guide.html
    QTextBrowser* browser() const { return m_browser; }
    // Shows `anchor` ("#backup") of the guide, or the guide's start.
    void showTopic(const QString& anchor = {});

private:
    QTextBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
    QToolButton* m_home;
};

} // namespace docket
