#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;
constexpr int ShownRole = Qt::UserRole + 2;

} // namespace

QString RecoveryDialog::describe(const Session& session) {
    const int notes = session.state.elementCount();
    const int snapshots = static_cast<int>(session.snapshots.size());
    QString text = tr("%n notes", nullptr, notes);
    if (snapshots > 0)
        text += tr(", %n snapshots", nullptr, snapshots);
    return text;
}

RecoveryDialog::RecoveryDialog(const std::vector<RecoveredSession>& sessions,
                               const QStringList& problems, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_show(new QPushButton(tr("&Show First"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_later(new QPushButton(tr("Decide &Later"), this)) {
    setWindowTitle(tr("Recover Unsaved Work"));
    setObjectName(QStringLiteral("recoveryDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(40, 40));
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        sessions.empty()
            ? tr("<b>Tandem did not close properly last time.</b>")
            : tr("<b>Tandem did not close properly last time.</b><br>These sessions had "
                 "changes that were not saved. Tandem kept a copy of each; restore them to "
                 "carry on where you were."));
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    m_list->setAccessibleName(tr("Recovered sessions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Session"), tr("File"), tr("Saved automatically"), tr("Content")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    const QLocale locale;
    for (size_t i = 0; i < sessions.size(); ++i) {
        const RecoveredSession& recovered = sessions[i];
        const QString title = recovered.session.info.title.isEmpty() ? tr("Untitled session")
                                                                     : recovered.session.info.title;
        const QString file = recovered.entry.originalPath.isEmpty()
                                 ? tr("never saved")
                                 : QFileInfo(recovered.entry.originalPath).fileName();
        auto* item = new QTreeWidgetItem(
            m_list, {title, file,
                     locale.toString(recovered.entry.written.toLocalTime(), QLocale::ShortFormat),
                     describe(recovered.session)});
        item->setToolTip(1, QDir::toNativeSeparators(recovered.entry.originalPath));
        item->setData(0, IndexRole, static_cast<int>(i));
    }
    m_list->setVisible(!sessions.empty());
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    if (!problems.isEmpty()) {
        auto* problemLabel = new QLabel(this);
        problemLabel->setObjectName(QStringLiteral("recoveryProblems"));
        problemLabel->setWordWrap(true);
        problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        problemLabel->setText(tr("These automatic saves could not be read. They were renamed "
                                 "*.corrupt and will not be offered again:\n%1")
                                  .arg(problems.join(QLatin1Char('\n'))));
        layout->addWidget(problemLabel);
    }

    m_restore->setDefault(true);
    m_restore->setToolTip(tr("Open the session with its unsaved changes, under its own file name"));
    m_show->setToolTip(tr("Open a copy to look at; the recovered session is kept until you "
                          "restore or discard it"));
    m_discard->setToolTip(tr("Delete the recovered copy"));
    m_later->setToolTip(tr("Keep the recovered sessions and ask again at the next start"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    if (sessions.empty()) {
        m_restore->hide();
        m_show->hide();
        m_discard->hide();
        m_later->setText(tr("Close"));
    }

    connect(m_restore, &QPushButton::clicked, this, [this] { answerSelected(Answer::Restore); });
    connect(m_show, &QPushButton::clicked, this, [this] { answerSelected(Answer::Show); });
    connect(m_discard, &QPushButton::clicked, this, [this] { answerSelected(Answer::Discard); });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this] { answerSelected(Answer::Restore); });
    updateButtons();
    resize(680, 320);
}

QPushButton* RecoveryDialog::button(Answer answer) const {
    switch (answer) {
    case Answer::Restore:
        return m_restore;
    case Answer::Show:
        return m_show;
    case Answer::Discard:
        return m_discard;
    }
    return nullptr;
}

void RecoveryDialog::answerSelected(Answer answer) {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(0, IndexRole).toInt();
    Q_EMIT answered(index, answer);
    if (answer == Answer::Show) {
        // Still to decide: it stays in the list, marked as shown.
        item->setData(0, ShownRole, true);
        item->setText(3, item->text(3) + tr(" \u2014 shown"));
        updateButtons();
        return;
    }
    delete item;
    if (m_list->topLevelItemCount() == 0)
        accept();
    else
        updateButtons();
}

void RecoveryDialog::updateButtons() {
    QTreeWidgetItem* item = m_list->currentItem();
    m_restore->setEnabled(item);
    m_show->setEnabled(item && !item->data(0, ShownRole).toBool());
    m_discard->setEnabled(item);
}

} // namespace tandem
