// Every screen in English, Simplified and Traditional Chinese, built for real
// offscreen (the fonts fontconfig finds, CJK included): no text that missed
// its translation reaches the screen in Chinese, and no label, button, tab
// bar or combo box is narrower than its text (which would cut it off).
//
// A missed translation is seen at run time: a QTranslator installed before
// Docket's and Qt's own is asked last, so it hears exactly the lookups nobody
// answered (a string outside tr(), a context lupdate filed elsewhere, a
// QT_TRANSLATE_NOOP whose context is not the one tr() uses).

#include "aboutdialog.h"
#include "adminpage.h"
#include "analyticspage.h"
#include "backupdialogs.h"
#include "changepassworddialog.h"
#include "connectiondialog.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "firstrundialog.h"
#include "fulfilment/reviewrulesdialog.h"
#include "helpviewer.h"
#include "i18n.h"
#include "items/ordertablemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "orderdialog.h"
#include "orderspage.h"
#include "printing.h"
#include "settingsdialog.h"
#include "stores/userstore.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace docket;
using namespace docket::test;

namespace {

// A menu command as a reader sees it: "退出登录 / 切换用户(&O)…" -> "退出登录 /
// 切换用户" (as test_ui_settings does for the English guide).
QString menuName(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QRegularExpression(QStringLiteral("(…|\\.\\.\\.)$")));
    text.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)$")));
    return text.trimmed();
}

const QString kPassword = QStringLiteral("correct horse 1");

// Asked last: hears the lookups no other translator answered.
class MissRecorder : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        static const QRegularExpression qt(QStringLiteral("^Q[A-Z]"));
        const QString ctx = QString::fromUtf8(context);
        const QString text = QString::fromUtf8(source);
        // Qt's own contexts are Qt's translations' business.
        if (m_listening && !text.trimmed().isEmpty() && !qt.match(ctx).hasMatch())
            m_misses.insert(QStringLiteral("%1: \"%2\"").arg(ctx, text));
        return {};
    }
    void listen(bool on) { m_listening = on; }
    QStringList takeMisses()
    {
        QStringList out(m_misses.begin(), m_misses.end());
        out.sort();
        m_misses.clear();
        return out;
    }

private:
    bool m_listening = false;
    mutable QSet<QString> m_misses;
};

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent()) {
        const QString name = o->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_"))) {
            path.prepend(name);
            break;
        }
    }
    path.append(QString::fromLatin1(w->metaObject()->className()));
    return path.join(QLatin1Char('/'));
}

QString plain(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char('&'));
    return t.simplified();
}

// The visible widgets of `top` whose text does not fit them.
QStringList clippedIn(QWidget* top)
{
    QStringList out;
    QList<QWidget*> all = top->findChildren<QWidget*>();
    all.prepend(top);
    for (QWidget* w : all) {
        if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
            continue;
        if (auto* l = qobject_cast<QLabel*>(w)) {
            if (l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                const int need = l->heightForWidth(l->width());
                if (need > l->height())
                    out << QStringLiteral("%1 \"%2\": %3 px high, its text needs %4")
                               .arg(describe(l), plain(l->text()))
                               .arg(l->height())
                               .arg(need);
            } else if (l->width() < l->sizeHint().width()) {
                out << QStringLiteral("%1 \"%2\": %3 px wide, its text needs %4")
                           .arg(describe(l), plain(l->text()))
                           .arg(l->width())
                           .arg(l->sizeHint().width());
            }
        } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            if (b->text().isEmpty())
                continue;
            if (b->width() < b->sizeHint().width())
                out << QStringLiteral("%1 \"%2\": %3 px wide, its text needs %4")
                           .arg(describe(b), plain(b->text()))
                           .arg(b->width())
                           .arg(b->sizeHint().width());
        } else if (auto* t = qobject_cast<QTabBar*>(w)) {
            if (t->width() < t->sizeHint().width()) {
                QStringList tabs;
                for (int i = 0; i < t->count(); ++i)
                    tabs << plain(t->tabText(i));
                out << QStringLiteral("%1 [%2]: %3 px wide, its tabs need %4")
                           .arg(describe(t), tabs.join(QStringLiteral(", ")))
                           .arg(t->width())
                           .arg(t->sizeHint().width());
            }
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            if (c->isEditable() || c->currentText().isEmpty())
                continue;
            QStyleOptionComboBox opt;
            opt.initFrom(c);
            opt.editable = false;
            opt.currentText = c->currentText();
            opt.currentIcon = c->itemIcon(c->currentIndex());
            opt.iconSize = c->iconSize();
            const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                           QStyle::SC_ComboBoxEditField, c);
            // Up to the last pixel of ink: full-width punctuation such as "）"
            // has its ink at the left of its advance, and QComboBox sizes
            // itself by ink.
            int need = c->fontMetrics().boundingRect(c->currentText()).right() + 1;
            if (!opt.currentIcon.isNull())
                need += c->iconSize().width() + 4;
            if (need > field.width())
                out << QStringLiteral("%1 \"%2\": %3 px for the text, it needs %4")
                           .arg(describe(c), c->currentText())
                           .arg(field.width())
                           .arg(need);
        } else if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            // A page in a scroll area that fills its width: scrolling sideways
            // means something in it is wider than the window allows.
            if (scroll->widgetResizable() && scroll->widget() &&
                scroll->widget()->width() > scroll->viewport()->width())
                out << QStringLiteral("%1: its page is %2 px wide, it shows %3")
                           .arg(describe(scroll))
                           .arg(scroll->widget()->width())
                           .arg(scroll->viewport()->width());
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            // The sidebar: icon and name side by side in a fixed width.
            const int room = list->viewport()->width();
            for (int i = 0; i < list->count(); ++i) {
                const QListWidgetItem* item = list->item(i);
                int need = list->fontMetrics().horizontalAdvance(item->text()) + 16;
                if (!item->icon().isNull())
                    need += list->iconSize().width() + 4;
                if (need > room)
                    out << QStringLiteral("%1 item \"%2\": %3 px wide, it needs %4")
                               .arg(describe(list), item->text())
                               .arg(room)
                               .arg(need);
            }
        }
    }
    return out;
}

} // namespace

class TestUiI18n : public QObject
{
    Q_OBJECT

private:
    MissRecorder* m_recorder = nullptr;
    std::unique_ptr<TestDb> m_db;
    Session m_admin;
    QStringList m_problems;

    QString m_lang;

    // With DOCKET_I18N_SHOTS=DIR, a picture of each screen checked goes there
    // (LANG-WHERE.png), to look at.
    void picture(QWidget* top, const QString& where)
    {
        const QString dir = qEnvironmentVariable("DOCKET_I18N_SHOTS");
        if (dir.isEmpty())
            return;
        QString name = m_lang + QLatin1Char('-') + where;
        static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
        name.replace(unsafe, QStringLiteral("_"));
        top->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Checks `top` and each page of every tab widget in it.
    void check(QWidget* top, const QString& where)
    {
        QVERIFY(QTest::qWaitForWindowExposed(top));
        QCoreApplication::processEvents();
        picture(top, where);
        for (const QString& p : clippedIn(top))
            m_problems << where + QStringLiteral(": ") + p;
        for (QTabWidget* tabs : top->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == current || !tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                picture(top, where + QLatin1Char('-') + plain(tabs->tabText(i)));
                for (const QString& p : clippedIn(tabs->widget(i)))
                    m_problems << QStringLiteral("%1, tab \"%2\": %3")
                                      .arg(where, plain(tabs->tabText(i)), p);
            }
            tabs->setCurrentIndex(current);
        }
    }

    // Checks the next modal dialog (a QMessageBox, QInputDialog, ...) that
    // `trigger` opens, then closes it.
    void checkModal(const QString& where, const std::function<void()>& trigger)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&, where] {
            QWidget* modal = QApplication::activeModalWidget();
            for (int i = 0; !modal && i < 100; ++i) {
                QTest::qWait(20);
                modal = QApplication::activeModalWidget();
            }
            if (!modal)
                return;
            seen = true;
            check(modal, where);
            if (auto* d = qobject_cast<QDialog*>(modal))
                d->reject();
            else
                modal->close();
        });
        trigger();
        if (!seen)
            m_problems << where + QStringLiteral(": no dialog opened");
    }

    void startLanguage(const QString& lang)
    {
        installTranslators(*QCoreApplication::instance(), lang);
        m_lang = lang;
        m_recorder->listen(lang != QLatin1String("en"));
        m_recorder->takeMisses();
        m_problems.clear();
    }

    void finish()
    {
        const QStringList misses = m_recorder->takeMisses();
        m_recorder->listen(false);
        QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("shown without a translation:\n  ") +
                                              misses.join(QStringLiteral("\n  "))));
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("text cut off:\n  ") +
                                                  m_problems.join(QStringLiteral("\n  "))));
    }

private slots:
    void initTestCase()
    {
        m_recorder = new MissRecorder;
        QCoreApplication::installTranslator(m_recorder); // before Docket's: asked last
        m_db = std::make_unique<TestDb>(Backend::SQLite);
        OrderStore store = m_db->store();
        SeedOptions o;
        o.orders = 1500;
        o.days = 400;
        o.seed = 3;
        o.invalidShare = 0.05;
        DOCKET_SEED_OR_SKIP(store, o);
        AccountPolicy policy;
        policy.strength = HashStrength::Minimum;
        UserStore users(m_db->connection(), {}, policy);
        m_admin = users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                 kPassword);
    }

    void cleanupTestCase()
    {
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
        QCoreApplication::removeTranslator(m_recorder);
        delete m_recorder;
        m_db.reset();
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }

    void dialogs()
    {
        QFETCH(QString, lang);
        startLanguage(lang);
        const std::shared_ptr<Database> db = m_db->database();
        {
            LoginDialog d(db);
            d.show();
            check(&d, QStringLiteral("sign-in"));
            d.passwordEdit()->setText(QStringLiteral("wrong password"));
            QTest::mouseClick(d.signInButton(), Qt::LeftButton);
            QTRY_VERIFY(d.errorLabel()->isVisible());
            check(&d, QStringLiteral("sign-in refused"));
        }
        {
            TestDb empty;
            FirstRunDialog d(empty.database());
            d.show();
            check(&d, QStringLiteral("first administrator"));
        }
        {
            ChangePasswordDialog d(db, m_admin);
            d.show();
            check(&d, QStringLiteral("change password"));
            ChangePasswordDialog reset(db, m_admin, m_admin.userId(), m_admin.userName());
            reset.show();
            check(&reset, QStringLiteral("reset password"));
        }
        {
            ConnectionDialog d;
            d.show();
            check(&d, QStringLiteral("connect to server"));
        }
        {
            SettingsDialog d(db, m_admin);
            d.show();
            check(&d, QStringLiteral("settings"));
            // A clerk's: the shop settings read-only, with the note why.
            const Session clerk(m_admin.userId(), QStringLiteral("clerk"), {Permission::ViewOrders},
                                Scope::all(), QStringLiteral("clerk"));
            SettingsDialog readOnly(db, clerk);
            readOnly.show();
            readOnly.tabs()->setCurrentIndex(1);
            check(&readOnly, QStringLiteral("settings, read-only shop"));
        }
        {
            ExportDialog d(db, m_admin, OrderFilter(), {}, 1234);
            d.show();
            check(&d, QStringLiteral("export"));
        }
        {
            BackupDialog b(db, m_admin);
            b.show();
            check(&b, QStringLiteral("backup"));
            RestoreDialog r(db, m_admin);
            r.show();
            check(&r, QStringLiteral("restore"));
        }
        {
            // The review rules (issue 15 item 4), with a bad value's message.
            ReviewRulesDialog d(db, m_admin);
            d.show();
            qobject_cast<QLineEdit*>(d.field(review::RuleForm::kVelocityMinutes))
                ->setText(QStringLiteral("x"));
            d.accept();
            check(&d, QStringLiteral("review rules"));
        }
        {
            AboutDialog d(db, m_admin);
            d.show();
            check(&d, QStringLiteral("about"));
        }
        {
            HelpViewer d;
            d.show();
            check(&d, QStringLiteral("user guide"));
        }
        {
            OrderStore store = m_db->store(m_admin, QDateTime::currentSecsSinceEpoch());
            OrderDialog created(store, 0);
            created.show();
            check(&created, QStringLiteral("new order"));
            const qint64 id = store.page(OrderFilter(), {}, 1).value(0).id;
            QVERIFY(id > 0);
            OrderDialog existing(store, id);
            existing.show();
            check(&existing, QStringLiteral("order"));
            PrintOrderDialog print(store.order(id), ShopDetails::from(ShopSettings()));
            print.show();
            check(&print, QStringLiteral("print order"));
        }
        finish();
    }

    void userGuide_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
    }

    // Help → User Guide shows the guide's translation, kept in step with the
    // English guide: the same sections, links, pictures and keys/commands, and
    // no English sentence left in it.
    void userGuide()
    {
        QFETCH(QString, lang);
        startLanguage(lang);
        HelpViewer viewer;
        viewer.show();
        QCOMPARE(viewer.browser()->source().path(),
                 QStringLiteral("/help/guide_%1.html").arg(lang));
        check(&viewer, QStringLiteral("user guide"));

        auto read = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString english = read(QStringLiteral(":/help/guide.html"));
        const QString translated = read(QStringLiteral(":/help/guide_%1.html").arg(lang));
        QVERIFY(!english.isEmpty() && !translated.isEmpty());
        auto all = [](const QString& html, const char* pattern) {
            QStringList out;
            const QRegularExpression re(QString::fromLatin1(pattern));
            for (auto it = re.globalMatch(html); it.hasNext();)
                out << it.next().captured(1);
            return out;
        };
        for (const char* pattern : {"id=\"([^\"]+)\"", "href=\"([^\"]+)\""})
            QCOMPARE(all(translated, pattern), all(english, pattern));
        // The same pictures, taken of the application in that language
        // (take-screenshots.sh with GUIDE_LANG): orders.png -> orders_zh_CN.png.
        QStringList pictures;
        for (QString src : all(english, "<img[^>]+src=\"([^\"]+)\""))
            pictures << src.replace(QStringLiteral(".png"), QStringLiteral("_%1.png").arg(lang));
        QCOMPARE(all(translated, "<img[^>]+src=\"([^\"]+)\""), pictures);
        for (const QString& src : std::as_const(pictures)) {
            const QImage image(QStringLiteral(":/help/") + src);
            QVERIFY2(!image.isNull(), qPrintable(src + QStringLiteral(" is missing")));
            QVERIFY2(QFileInfo(QStringLiteral(":/help/") + src).size() < 500 * 1024,
                     qPrintable(src));
        }
        QStringList keys = all(english, "<kbd>([^<]+)</kbd>");
        QStringList translatedKeys = all(translated, "<kbd>([^<]+)</kbd>");
        keys.removeDuplicates();
        translatedKeys.removeDuplicates();
        keys.sort();
        translatedKeys.sort();
        QCOMPARE(translatedKeys, keys);

        // Every command of the window's menus that has a shortcut is named as
        // that language's menu names it (the English guide: test_ui_settings).
        {
            const QString shown = viewer.browser()->toPlainText();
            MainWindow w(m_db->database(), m_admin);
            QStringList unnamed;
            for (QAction* top : w.menuBar()->actions()) {
                if (!top->menu())
                    continue;
                for (QAction* a : top->menu()->actions())
                    if (!a->isSeparator() && a->isVisible() && !a->shortcut().isEmpty() &&
                        !shown.contains(menuName(a->text())))
                        unnamed << menuName(a->text());
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("not named in the guide: ") +
                                                   unnamed.join(QStringLiteral(", "))));
            // File → Import Orders… has no shortcut but a section of its own
            // (issue 16), which names it as that language's menus do.
            const auto* import = w.findChild<QAction*>(QStringLiteral("importOrders"));
            QVERIFY(import);
            const auto* file = qobject_cast<QMenu*>(import->parent());
            QVERIFY(file);
            const QString command =
                QStringLiteral("%1 → %2…").arg(menuName(file->title()), menuName(import->text()));
            QVERIFY2(shown.contains(command), qPrintable(command));
        }

        // Four English words in a row, outside commands and keys, are a
        // sentence nobody translated.
        QString text = translated;
        text.remove(QRegularExpression(QStringLiteral("<kbd>[^<]*</kbd>|<[^>]*>|<style>[^<]*")));
        const QRegularExpression sentence(QStringLiteral("[A-Za-z]+(?:[ ,'-]+[A-Za-z]+){3,}"));
        const QRegularExpressionMatch m = sentence.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("English left: ") + m.captured(0)));
        finish();
    }

    void window_data() { dialogs_data(); }

    // The window at the smallest size it is meant for, every page.
    void window()
    {
        QFETCH(QString, lang);
        startLanguage(lang);
        MainWindow w(m_db->database(), m_admin);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* sidebar = w.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 8); // orders, review, catalogue, stock, after-sales, archive,
                                       // analytics, administration
        OrdersPage* orders = w.ordersPage();
        QTRY_VERIFY(orders->model()->rowCount() > 0);
        check(&w, QStringLiteral("orders"));

        // Confirmations and questions of the orders page.
        orders->view()->selectRow(0);
        checkModal(QStringLiteral("mark invalid"), [&] { orders->invalidateAction()->trigger(); });
        OrderFilter invalid;
        invalid.validity = OrderFilter::Validity::Invalid;
        orders->filterBar()->setFilter(invalid);
        QTRY_VERIFY(orders->model()->rowCount() > 0 &&
                    orders->model()
                        ->data(orders->model()->index(0, 0), OrderTableModel::LoadedRole)
                        .toBool());
        orders->view()->selectRow(0);
        QTRY_VERIFY(orders->deleteAction()->isEnabled());
        checkModal(QStringLiteral("delete invalid orders"),
                   [&] { orders->deleteAction()->trigger(); });
        orders->filterBar()->setFilter(OrderFilter());

        for (int page = 1; page < sidebar->count(); ++page) {
            sidebar->setCurrentRow(page);
            const QString name = sidebar->item(page)->text();
            if (auto* analytics = w.findChild<AnalyticsPage*>();
                analytics && analytics->isVisible())
                QTRY_VERIFY(!analytics->findChildren<QWidget*>().isEmpty());
            QTest::qWait(200); // the first load of a page is asynchronous
            check(&w, name);
            // The dialogs of the administration page.
            if (auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
                tabs && tabs->isVisible()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    for (const char* button : {"addUser", "resetPassword", "newRole"})
                        if (auto* b = w.findChild<QAbstractButton*>(QLatin1String(button));
                            b && b->isVisible() && b->isEnabled())
                            checkModal(name + QLatin1Char('-') + QLatin1String(button),
                                       [b] { b->click(); });
                }
                tabs->setCurrentIndex(0);
            }
            // Every page fits a 1024x768 screen.
            if (w.minimumSizeHint().width() > 1024 || w.width() > 1024)
                m_problems << QStringLiteral("%1: the window needs %2 px, it is %3 px wide")
                                  .arg(name)
                                  .arg(w.minimumSizeHint().width())
                                  .arg(w.width());
        }
        finish();
    }
};

QTEST_MAIN(TestUiI18n)
#include "test_ui_i18n.moc"
