"""The command line: options in, service calls, errors mapped to exit codes."""
