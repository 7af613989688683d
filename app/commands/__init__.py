"""CLI subcommands, one module each, discovered by app.cli.

A command module defines NAME (str), HELP (one line), add_arguments(parser) and run(args) -> int.
Heavy imports (torch, Qt, ultralytics) belong inside run(), so `labelbench --help` stays fast.
"""
