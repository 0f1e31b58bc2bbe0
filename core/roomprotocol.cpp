#include "roomprotocol.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace tandem::room {

namespace {

const QHash<QString, QString>& refusalTexts() {
    static const QHash<QString, QString> texts{
        {QStringLiteral("bad-json"), QStringLiteral("The message is not a JSON object.")},
        {QStringLiteral("too-large"), QStringLiteral("The message is larger than 16 KiB.")},
        {QStringLiteral("unknown-type"), QStringLiteral("The message type is not known.")},
        {QStringLiteral("bad-field"), QStringLiteral("A field is missing or has the wrong type.")},
        {QStringLiteral("empty-name"), QStringLiteral("Give a name to join.")},
        {QStringLiteral("name-too-long"), QStringLiteral("The name is longer than 40 characters.")},
        {QStringLiteral("empty-note"), QStringLiteral("The note has no text.")},
        {QStringLiteral("note-too-long"),
         QStringLiteral("The note is longer than 500 characters.")},
        {QStringLiteral("wrong-code"), QStringLiteral("The room code is not right.")},
        {QStringLiteral("not-joined"), QStringLiteral("Join the room first.")},
        {QStringLiteral("already-joined"), QStringLiteral("This connection has joined already.")},
        {QStringLiteral("room-full"), QStringLiteral("The room has 200 participants already.")},
        {QStringLiteral("locked"), QStringLiteral("The room is locked to newcomers.")},
        {QStringLiteral("removed"), QStringLiteral("The facilitator removed you from the room.")},
        {QStringLiteral("unknown-block"), QStringLiteral("There is no such block.")},
        {QStringLiteral("block-closed"),
         QStringLiteral("That block is not open for contributions.")},
        {QStringLiteral("no-block"), QStringLiteral("No block is open for contributions.")},
        {QStringLiteral("rate-limit"), QStringLiteral("At most 30 notes a minute.")},
        {QStringLiteral("flood"), QStringLiteral("Too many messages; slow down.")},
        {QStringLiteral("no-vote"), QStringLiteral("No vote is running.")},
        {QStringLiteral("not-in-vote"), QStringLiteral("That note is not in the vote.")},
        {QStringLiteral("no-dots"), QStringLiteral("No dots left to place.")},
        {QStringLiteral("no-dot-here"), QStringLiteral("You have no dot on that note.")},
        {QStringLiteral("closed"), QStringLiteral("The room is closed.")},
        {QStringLiteral("join-timeout"),
         QStringLiteral("No join within two minutes; the connection is closed.")},
    };
    return texts;
}

bool stringField(const QJsonObject& object, const char* name, QString& out, bool required) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return !required;
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

std::variant<Request, Refusal> parseFields(const QJsonObject& object, Request request) {
    bool ok = true;
    switch (request.type) {
    case RequestType::Join:
        ok = stringField(object, "name", request.name, true) &&
             stringField(object, "code", request.code, true) &&
             stringField(object, "key", request.key, false) &&
             stringField(object, "lang", request.language, false);
        request.name = request.name.simplified();
        // A language tag's primary subtag ("de" of "de-AT"); anything else
        // is no language the room knows, and the page gets English.
        request.language = request.language.section(QLatin1Char('-'), 0, 0).toLower();
        if (request.language.size() > 8 ||
            !std::all_of(request.language.cbegin(), request.language.cend(),
                         [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }))
            request.language.clear();
        if (ok && request.name.isEmpty())
            return refusal(QStringLiteral("empty-name"));
        if (ok && request.name.size() > maxNameLength)
            return refusal(QStringLiteral("name-too-long"));
        break;
    case RequestType::Note:
        ok = stringField(object, "text", request.text, true) &&
             stringField(object, "block", request.block, false);
        request.text = request.text.trimmed();
        if (ok && request.text.isEmpty())
            return refusal(QStringLiteral("empty-note"));
        if (ok && request.text.size() > maxNoteLength)
            return refusal(QStringLiteral("note-too-long"));
        break;
    case RequestType::Vote: {
        const QJsonValue delta = object.value(QLatin1String("delta"));
        ok = stringField(object, "note", request.note, true) && delta.isDouble() &&
             (delta.toDouble() == 1 || delta.toDouble() == -1);
        request.delta = delta.toInt();
        break;
    }
    }
    if (!ok)
        return refusal(QStringLiteral("bad-field"));
    return request;
}

} // namespace

Refusal refusal(const QString& code) {
    return {code, refusalTexts().value(code, code)};
}

QJsonObject refusalMessage(const Refusal& refused) {
    return {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"), refused.code},
            {QStringLiteral("message"), refused.message}};
}

std::variant<Request, Refusal> parseRequest(const QByteArray& message) {
    if (message.size() > maxMessageBytes)
        return refusal(QStringLiteral("too-large"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refusal(QStringLiteral("bad-json"));
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();
    Request request;
    if (type == QLatin1String("join"))
        request.type = RequestType::Join;
    else if (type == QLatin1String("note"))
        request.type = RequestType::Note;
    else if (type == QLatin1String("vote"))
        request.type = RequestType::Vote;
    else
        return refusal(QStringLiteral("unknown-type"));
    return parseFields(object, request);
}

QString newToken() {
    std::array<quint32, 4> bits{};
    QRandomGenerator::system()->fillRange(bits.data(), bits.size());
    const QByteArray raw(reinterpret_cast<const char*>(bits.data()), sizeof bits);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newRoomCode() {
    static const QString alphabet = QStringLiteral("ACDEFHJKMNPRTUVWXY34679");
    QString code;
    for (int i = 0; i < 4; ++i)
        code += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return code;
}

bool RateWindow::allow(qint64 nowMs) {
    while (!m_times.empty() && nowMs - m_times.front() >= m_windowMs)
        m_times.pop_front();
    if (int(m_times.size()) >= m_count)
        return false;
    m_times.push_back(nowMs);
    return true;
}

} // namespace tandem::room
