"""coprod-check: is what a project calls co-production the real thing?"""

__version__ = "0.1.0"
