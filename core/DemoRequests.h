#pragma once

#include "Result.h"
#include "Session.h"

namespace agencydesk {

/// The demo book's certificate request desk, all through RequestService: two manual requests with the customer's
/// notes, one in progress, one processed automatically (when the application can render certificates), one rejected
/// with a reason and a WOS waiting for payment approval. Mail is pointed at a local test server (localhost:1025, no
/// encryption) when it is not set up, so the certificates and the rejection are queued in the outbox.
class DemoRequests
{
public:
    /// Uses the first commercial masters DemoData::seedCertificates made; does nothing without masters.
    static Status seed(const Session& session);
};

} // namespace agencydesk
