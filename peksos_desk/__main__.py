from peksos_desk.cli import main

raise SystemExit(main())
