#pragma once

// The test-side JWS signer moved to tests/common/jwssigner.h, where the hostile server of the
// end-to-end tests signs its ID tokens with it too.
#include "jwssigner.h"
