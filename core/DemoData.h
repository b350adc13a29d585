#pragma once

#include "Result.h"
#include "Session.h"

#include <QString>

#include <functional>
#include <memory>

namespace agencydesk {

class Database;

/// A realistic book of business: commercial and personal insureds with US and Canadian addresses,
/// carriers with NAIC codes, policies of every line (some expired, some cancelled), one user per role.
/// The same seed gives the same book, so benchmarks compare like with like.
class DemoData
{
public:
    static constexpr int kDefaultInsureds = 60;
    /// The demo users' password (README documents it with the user names below).
    static QString demoPassword() { return QStringLiteral("demo-pass-2026"); }

    /// progress(done, total) may return false to cancel (the batch in progress is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    /// A new database: the demo agency, its manager "maria", the demo book, its certificates and a few certificate
    /// requests (DemoRequests).
    static Result<Session> createDemoDatabase(const std::shared_ptr<Database>& db, int insureds = kDefaultInsureds,
                                              const Progress& progress = {});
    /// Adds demo carriers, users (when missing) and \a insureds insureds with about 2.5 policies each.
    static Status seed(const Session& session, int insureds, const Progress& progress = {}, quint32 seed = 2026);
    /// Certificate masters with holders (general contractor, landlord, city) for the first \a insureds commercial
    /// insureds that have a liability policy in force, and a few issued certificates (one revised) when the
    /// application can render (a QGuiApplication: fonts). createDemoDatabase calls it.
    static Status seedCertificates(const Session& session, int insureds = 8);
};

} // namespace agencydesk
