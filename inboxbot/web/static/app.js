// inboxbot: keyboard work on the queue and a draft's page. The pages work without it.
"use strict";
