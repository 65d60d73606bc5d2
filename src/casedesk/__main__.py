from casedesk.entry import main

raise SystemExit(main())
