// LeadExtractionService: lead extraction with an LLM provider as a helper (issue 5 §1, §2). The
// offline LeadExtractor always runs; when the chain has an online provider the message also goes
// to it with a JSON schema, and its answer is validated and merged field by field:
//   - phones through the PhoneNormalizer and only when their digits are in the message; e-mails
//     only when well formed and written in the message; products only as catalog ids; quantity
//     and amount only within sane bounds and with a known currency;
//   - the offline result wins on every field it filled (its phones, e-mails, products, quantity
//     and amount are read from the text itself); the LLM fills what it left empty, and may name
//     the lead type where the offline rules only said "general".
// Every field the LLM filled records "provider/model" as its producer in ExtractedLead::evidence.
// The rule that is not obvious: an answer that fails (broken JSON, off-schema, timeout, 429 after
// the retry) never costs the offline result, it only leaves `failure` set.
#pragma once

#include "extractedlead.h"
#include "leadextractor.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace OmniCrm {

class PhoneNormalizer;
class ProviderChain;

struct AssistedLead
{
    ExtractedLead lead;
    QString providerId; // empty when no provider answered
    QString model;
    QStringList filledFields; // JSON keys the provider filled or changed
    QStringList rejectedFields; // JSON keys whose provider value failed validation
    QString failure; // why no provider answer was used; empty when one was
};

class LeadExtractionService : public QObject
{
    Q_OBJECT
public:
    LeadExtractionService(ProviderChain &chain, const ProductCatalog &catalog, const PhoneNormalizer &phones,
                          QObject *parent = nullptr);

    using Done = std::function<void(AssistedLead)>;
    /// Answers from the event loop, always with at least the offline result.
    void extract(const QString &message, Done done);

    /// The schema the provider's answer must fit.
    static QJsonObject schema();
    /// Validates `answer` and merges it into `offline` (see the class comment); `producer` is
    /// "provider/model". Pure: no provider call.
    AssistedLead merge(const QString &message, const ExtractedLead &offline, const QJsonObject &answer,
                       const QString &providerId, const QString &model) const;

private:
    QString systemPrompt() const;

    ProviderChain &m_chain;
    const ProductCatalog &m_catalog;
    const PhoneNormalizer &m_phones;
    LeadExtractor m_offline;
};

} // namespace OmniCrm
