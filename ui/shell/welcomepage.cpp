#include "welcomepage.h"

#include "canvasview.h"
#include "document.h"
#include "icons.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "settings.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace tandem {

namespace {

constexpr int MaxRecent = 5;
constexpr int CardWidth = 720;

QString homeRelative(const QString& folder) {
    const QString home = QDir::homePath();
    if (folder == home)
        return QStringLiteral("~");
    if (folder.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + folder.mid(home.size());
    return QDir::toNativeSeparators(folder);
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(10, 0, 0, 2);
    return label;
}

QCommandLinkButton* entry(const QString& icon, const QString& title, const QString& description,
                          QWidget* parent) {
    auto* button = new QCommandLinkButton(title, description, parent);
    button->setIcon(Icons::icon(icon));
    button->setIconSize(QSize(24, 24));
    QString name = title;
    button->setAccessibleName(name.remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

WelcomePage::WelcomePage(MainWindow* window)
    : QWidget(window)
    , m_window(window)
    , m_card(new QWidget(this))
    , m_new(entry(QStringLiteral("document-new"), tr("New blank session"),
                  tr("Both canvases, empty and ready for the workshop"), m_card))
    , m_example(entry(QStringLiteral("example"), tr("Open the example"),
                      tr("Northwind Coffee Roasters: a complete session to explore"), m_card))
    , m_open(entry(QStringLiteral("document-open"), tr("Open a session\u2026"),
                   tr("A .tandem.yaml file on this computer"), m_card))
    , m_atStart(new QCheckBox(tr("&Show this page when Tandem starts"), m_card)) {
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    setAccessibleDescription(tr("Start a new session, open the example or a recent session"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    m_card->setObjectName(QStringLiteral("welcomeCard"));
    m_card->setAccessibleName(tr("Welcome to Tandem"));

    auto* icon = new QLabel(m_card);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tandem.svg")).pixmap(QSize(56, 56)));
    icon->setAccessibleName(tr("Tandem logo"));
    auto* title = new QLabel(tr("Welcome to Tandem"), m_card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Design a business model together with the operating model "
                                   "that delivers it."),
                                m_card);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto* header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    auto* start = new QVBoxLayout;
    start->setSpacing(2);
    start->addWidget(heading(tr("Start"), m_card));
    start->addWidget(m_new);
    start->addWidget(m_example);
    start->addWidget(m_open);
    start->addStretch();
    auto* recent = new QVBoxLayout;
    recent->setSpacing(2);
    recent->addWidget(heading(tr("Recent Sessions"), m_card));
    fillRecent(recent);
    recent->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(start, 1);
    columns->addLayout(recent, 1);

    auto* shortcuts =
        new QPushButton(Icons::icon(QStringLiteral("keyboard")), tr("&Keyboard Shortcuts"), m_card);
    shortcuts->setFlat(true);
    shortcuts->setToolTip(tr("Every command and its keys (F1)"));
    shortcuts->setAccessibleDescription(shortcuts->toolTip());
    auto* close = new QPushButton(tr("Close"), m_card);
    close->setAccessibleDescription(tr("Close the welcome page and go to the canvas"));
    m_atStart->setChecked(Settings::showWelcomeAtStart());
    m_atStart->setAccessibleDescription(
        tr("Whether this page appears when Tandem starts without a file"));
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_atStart);
    footer->addStretch();
    footer->addWidget(shortcuts);
    footer->addWidget(close);

    auto* layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(28, 24, 28, 18);
    layout->setSpacing(18);
    layout->addLayout(header);
    layout->addLayout(columns);
    layout->addLayout(footer);

    connect(m_new, &QAbstractButton::clicked, this, [this] {
        then([](MainWindow* target) {
            if (target->maybeSave())
                target->newFromBlankTemplate();
        });
    });
    connect(m_example, &QAbstractButton::clicked, this, [this] {
        then([](MainWindow* target) {
            if (target->maybeSave())
                target->newFromExample();
        });
    });
    connect(m_open, &QAbstractButton::clicked, this,
            [this] { then([](MainWindow* target) { target->openWithDialog(); }); });
    connect(shortcuts, &QAbstractButton::clicked, this,
            [this] { then([](MainWindow* target) { ShortcutsDialog::show(target, target); }); });
    connect(close, &QAbstractButton::clicked, this, &WelcomePage::dismiss);
    connect(m_atStart, &QCheckBox::toggled, this,
            [](bool on) { Settings::setShowWelcomeAtStart(on); });
    // Anything done to the session underneath means the user has started.
    connect(window->document(), &Document::changed, this, &WelcomePage::dismiss);
    connect(window->document(), &Document::filePathChanged, this, &WelcomePage::dismiss);

    window->view()->installEventFilter(this);
    Settings::setWelcomeShown(true);
    placeOverView();
}

void WelcomePage::fillRecent(QVBoxLayout* layout) {
    const QStringList files = RecentFiles::list();
    for (const QString& file : files) {
        if (m_recent.size() == MaxRecent)
            break;
        const QFileInfo info(file);
        auto* button = entry(QStringLiteral("document-open"), info.fileName(),
                             homeRelative(info.absolutePath()), m_card);
        button->setToolTip(QDir::toNativeSeparators(file));
        connect(button, &QAbstractButton::clicked, this, [this, file] {
            then([file](MainWindow* window) {
                if (window->maybeSave())
                    window->openFile(file);
            });
        });
        layout->addWidget(button);
        m_recent.append(button);
    }
    if (m_recent.isEmpty()) {
        auto* none = new QLabel(tr("Sessions you open or save will be listed here."), m_card);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        none->setContentsMargins(10, 8, 10, 0);
        layout->addWidget(none);
    }
}

WelcomePage* WelcomePage::of(MainWindow* window) {
    // A dismissed page lingers until its deferred deletion; it does not count.
    for (WelcomePage* page : window->findChildren<WelcomePage*>(Qt::FindDirectChildrenOnly)) {
        if (!page->m_dismissed)
            return page;
    }
    return nullptr;
}

WelcomePage* WelcomePage::showOn(MainWindow* window) {
    WelcomePage* page = of(window);
    if (!page)
        page = new WelcomePage(window);
    page->show();
    page->raise();
    page->m_new->setFocus();
    return page;
}

bool WelcomePage::wantedAtStart() {
    return !Settings::welcomeShown() || Settings::showWelcomeAtStart();
}

void WelcomePage::dismiss() {
    if (m_dismissed)
        return;
    m_dismissed = true;
    if (m_window && isVisible() && isAncestorOf(QApplication::focusWidget()))
        m_window->view()->setFocus();
    hide();
    close();
}

void WelcomePage::then(std::function<void(MainWindow*)> command) {
    QPointer<MainWindow> window = m_window;
    dismiss();
    // After the page is gone, so a dialog the command opens is not under it.
    QTimer::singleShot(0, window, [window, command] {
        if (window)
            command(window);
    });
}

void WelcomePage::placeOverView() {
    // A child of the window rather than of the view, so that the canvas's
    // plain-key shortcuts (N, Delete, digits) do not fire behind the card.
    QWidget* view = m_window->view();
    setGeometry(QRect(view->mapTo(m_window, QPoint(0, 0)), view->size()));
    const QSize hint = m_card->sizeHint();
    const int width = std::min(std::max(CardWidth, hint.width()), view->width() - 32);
    const int height =
        std::min(m_card->heightForWidth(width) > 0 ? m_card->heightForWidth(width) : hint.height(),
                 view->height() - 32);
    m_card->setGeometry((view->width() - width) / 2, (view->height() - height) / 2, width, height);
}

bool WelcomePage::eventFilter(QObject* watched, QEvent* event) {
    if (m_window && watched == m_window->view() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        placeOverView();
    return QWidget::eventFilter(watched, event);
}

void WelcomePage::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // A veil over the canvas keeps it in sight but out of the way.
    painter.fillRect(rect(), QColor(15, 20, 28, 70));
    const QRectF card = QRectF(m_card->geometry()).adjusted(0.5, 0.5, -0.5, -0.5);
    for (int i = 1; i <= 4; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 14));
        painter.drawRoundedRect(card.translated(0, i).adjusted(-i, -i / 2.0, i, i), 12 + i, 12 + i);
    }
    painter.setBrush(palette().color(QPalette::Window));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRoundedRect(card, 12, 12);
}

void WelcomePage::mousePressEvent(QMouseEvent* event) {
    // A click beside the card means "let me at the canvas".
    if (!m_card->geometry().contains(event->position().toPoint()))
        dismiss();
}

void WelcomePage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tandem
