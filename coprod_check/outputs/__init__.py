"""Every output format, drawn from assessments: text, JSON, Markdown, GitHub, reports, diff."""
