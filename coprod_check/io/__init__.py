"""Files in and out: safe YAML with positions, bundled data, atomic writes, the edited plan."""
