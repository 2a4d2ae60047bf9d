"""The commands, one module a group; cli/app.py registers them with typer."""
